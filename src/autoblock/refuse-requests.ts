// Requests to held hosts fail as a failed request would, never with an exception that breaks
// the page: `fetch` and XMLHttpRequest go to a URL that fails without leaving the browser, so
// the browser fails them itself (fetch rejects with its own TypeError, XHR fires `error` and
// `loadend` with the real readyState and status, a synchronous one throws NetworkError);
// `sendBeacon` returns false. `new Image().src` is the img setter's.
import { patch } from './patches'

export function refuseRequests(heldBy: (url: unknown) => string | undefined): void {
  // The argument that holds the URL: fetch(input, init), open(method, url, ...).
  for (const [target, key, at] of [[window, 'fetch', 0], [XMLHttpRequest.prototype, 'open', 1]] as const) {
    patch(target, key, (original) => function (this: unknown) {
      // A data: URL with no comma: every browser fails it locally, as a network error.
      // `arguments` as given (strict mode: only the copy changes): a missing `async` is true,
      // an undefined one false.
      if (heldBy(arguments[at])) arguments[at] = 'data:'
      return original.apply(this, arguments)
    })
  }
  patch(Navigator.prototype, 'sendBeacon', (sendBeacon) => function (this: Navigator, url: unknown) {
    return !heldBy(url) && sendBeacon.apply(this, arguments)
  })
}
