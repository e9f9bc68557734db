// The least a markup gate can do (a bench reference row, never shipped): one cookie read, one
// observer, each gated inline script replaced by a live copy. No config, no UI, no checks.
;(function () {
  var granted = /(?:^|; )floor=1(?:;|$)/.test(document.cookie)
  var activate = function (node) {
    if (node.localName == 'script' && node.type == 'text/plain' && node.hasAttribute('data-assent')) {
      var live = document.createElement('script')
      live.text = node.text
      node.replaceWith(live)
    }
  }
  window.assent = {
    acceptAll: function () {
      document.cookie = 'floor=1;path=/;max-age=9999'
      document.querySelectorAll('script[data-assent]').forEach(activate)
    },
  }
  if (!granted) return
  var waiting = []
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      // A script the parser has not finished (nothing after it yet) waits for the parser's end.
      record.addedNodes.forEach(function (node) { if (node.nextSibling) activate(node); else waiting.push(node) })
    })
    waiting = waiting.filter(function (node) { if (node.nextSibling) { activate(node); return false } return true })
  }).observe(document, { childList: true, subtree: true })
  document.addEventListener('readystatechange', function () { waiting.forEach(activate); waiting = [] }, { once: true })
})()
