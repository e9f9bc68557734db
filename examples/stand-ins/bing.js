// Stand-in for Microsoft Advertising's UET tag (bat.bing.com/bat.js): records the run.
(function () {
  ;(window.__standIns = window.__standIns || []).push('bing')
})()
