// First-party usage statistics (a stand-in for a real collector): runs only after consent.
(function () {
  document.cookie = 'px_usage=' + Date.now() + ';path=/;max-age=' + 180 * 86400 + ';samesite=lax'
  ;(window.__standIns = window.__standIns || []).push('usage')
})()
