// Demo sign-in: the necessary session cookie the policy describes (up to 7 days, deleted on
// logout). It needs no consent, so it is not gated.
(function () {
  var state = document.getElementById('account-state')
  function show() {
    state.textContent = /(^|; )pixelant_session=/.test(document.cookie) ? 'Signed in.' : 'Signed out.'
  }
  document.getElementById('sign-in').addEventListener('click', function () {
    document.cookie = 'pixelant_session=demo-token;path=/;max-age=' + 7 * 86400 + ';samesite=lax'
    show()
  })
  document.getElementById('sign-out').addEventListener('click', function () {
    document.cookie = 'pixelant_session=;path=/;max-age=0'
    show()
  })
  show()
})()
