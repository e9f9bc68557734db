// Stand-in for a Google Tag Manager container (www.googletagmanager.com/gtm.js?id=GTM-...):
// records the run, then injects two more tags the way container tags do: one through
// createElement + setAttribute + appendChild, one through the src property + after.
(function () {
  ;(window.__standIns = window.__standIns || []).push('gtm')
  var bing = document.createElement('script')
  bing.async = true
  bing.setAttribute('src', 'https://bat.bing.com/bat.js')
  document.head.appendChild(bing)
  var linkedin = document.createElement('script')
  linkedin.async = true
  linkedin.src = 'https://snap.licdn.com/li.lms-analytics/insight.min.js'
  bing.after(linkedin)
})()
