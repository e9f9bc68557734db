// Requests to held hosts fail as a failed request would, never with an exception that breaks
// the page: `fetch` and XMLHttpRequest go to a URL that fails without leaving the browser, so
// the browser fails them itself (fetch rejects with its own TypeError, XHR fires `error` and
// `loadend` with the real readyState and status, a synchronous one throws NetworkError);
// `sendBeacon` returns false. `new Image().src` is the img setter's.
import { patch } from './patches'
import { heldBy } from './held-elements'

export function refuseRequests(): void {
  // The argument that holds the URL: fetch(input, init), open(method, url, ...), sendBeacon(url, data).
  for (const [target, key, at] of [[window, 'fetch', 0], [XMLHttpRequest.prototype, 'open', 1], [Navigator.prototype, 'sendBeacon', 0]] as const) {
    patch(target, key, ({ value: send }) => ({
      value(this: unknown) {
        if (heldBy(arguments[at])) {
          // A beacon the browser refuses is a false; a data: URL with no comma fails in every
          // browser without leaving it. `arguments` as given (strict mode: only this copy
          // changes): a missing `async` is true, an undefined one false.
          if (key == 'sendBeacon') return false
          arguments[at] = 'data:'
        }
        return send.apply(this, arguments)
      },
    }))
  }
}
