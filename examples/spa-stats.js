// The SPA's stats script (a stand-in for an analytics tag): runs only after consent.
document.cookie = 'spa_stats=' + Date.now() + ';path=/;max-age=' + 180 * 86400
;(window.__standIns = window.__standIns || []).push('stats')
