// Stand-in for the Meta Pixel loader: records the run and sets _fbp.
(function () {
  var cookie = window.__standInCookie || function (n, v) { document.cookie = n + '=' + v + ';path=/' }
  cookie('_fbp', 'fb.1.' + Date.now() + '.1', 90)
  ;(window.__standIns = window.__standIns || []).push('facebook')
})()
