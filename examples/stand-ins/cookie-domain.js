// Shared by the stand-ins: sets a cookie on the widest domain the browser accepts, as
// Google Analytics' cookie_domain 'auto' does (example.test before www.example.test).
window.__standInCookie = function (name, value, maxAgeDays) {
  var labels = location.hostname.split('.')
  for (var i = Math.max(labels.length - 2, 0); i >= 0; i--) {
    var domain = labels.slice(i).join('.')
    var attrs = ';path=/;max-age=' + maxAgeDays * 86400 + (/^[\d.]+$/.test(location.hostname) ? '' : ';domain=' + domain)
    document.cookie = name + '=' + value + attrs
    if (document.cookie.indexOf(name + '=' + value) >= 0) return
  }
}
