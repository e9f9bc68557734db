// Stand-in for gtag.js: records the run and sets the GA cookies.
(function () {
  var id = (document.currentScript && /id=([^&]+)/.exec(document.currentScript.src) || [])[1] || 'G-DEMO'
  var cookie = window.__standInCookie || function (n, v) { document.cookie = n + '=' + v + ';path=/' }
  cookie('_ga', 'GA1.1.' + Date.now(), 400)
  cookie('_ga_' + id.replace(/^G-/, ''), 'GS1.1.' + Date.now(), 400)
  ;(window.__standIns = window.__standIns || []).push('gtag')
})()
