// Stand-in for the LinkedIn Insight Tag (snap.licdn.com/li.lms-analytics/insight.min.js):
// records the run.
(function () {
  ;(window.__standIns = window.__standIns || []).push('linkedin')
})()
