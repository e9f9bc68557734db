// Stand-in for Hotjar's tracking code (static.hotjar.com/c/hotjar-<id>.js): records the run and
// sets the user cookie, _hjSessionUser_<site id>.
(function () {
  var id = (window._hjSettings && window._hjSettings.hjid) || 0
  var cookie = window.__standInCookie || function (n, v) { document.cookie = n + '=' + v + ';path=/' }
  cookie('_hjSessionUser_' + id, 'eyJpZCI6InN0YW5kLWluIn0', 365)
  ;(window.__standIns = window.__standIns || []).push('hotjar')
})()
