// The reference of the server bench: a bare node:http server that reads the body and answers
// 201 with a small JSON body and no other work, in its own process like assent-server, printing
// the same `listening on URL` line. Started by load-consents.mjs --baseline.
import { createServer } from 'node:http'

const server = createServer((req, res) => {
  req.resume()
  req.on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"x","receivedAt":"y"}'))
})
// As assent-server's CLI: connections kept alive for 5 s.
server.keepAliveTimeout = 5000
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}/v1`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
