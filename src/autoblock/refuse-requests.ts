// Requests to held hosts fail as a failed request would, never with an exception that breaks
// the page: `fetch` rejects with the browser's TypeError, XMLHttpRequest goes to a URL that
// fails without leaving the browser (so it fires `error` and `loadend` itself, with the real
// readyState and status), `sendBeacon` returns false. `new Image().src` is the img setter's.
import { patch } from './patches'

/** A data: URL with no comma: every browser fails it locally, as a network error. */
const FAILS_LOCALLY = 'data:'

export function refuseRequests(heldBy: (url: unknown) => string | undefined): void {
  patch(window, 'fetch', (fetch) => function (this: unknown, input: unknown) {
    return heldBy(input) ? Promise.reject(new TypeError('Failed to fetch')) : fetch.apply(this, arguments)
  })
  patch(XMLHttpRequest.prototype, 'open', (open) => function (this: XMLHttpRequest) {
    // `arguments` as given: a missing `async` is true, an undefined one false.
    const args = [...arguments]
    if (heldBy(args[1])) args[1] = FAILS_LOCALLY
    return open.apply(this, args)
  })
  patch(Navigator.prototype, 'sendBeacon', (sendBeacon) => function (this: Navigator, url: unknown) {
    return !heldBy(url) && sendBeacon.apply(this, arguments)
  })
}
