// Stand-in for the Tidio chat loader: a chat button, the widget's cookie and localStorage state.
(function () {
  var cookie = window.__standInCookie || function (n, v) { document.cookie = n + '=' + v + ';path=/' }
  cookie('tidio_state_demo', 'visitor-' + Date.now(), 365)
  try { localStorage.setItem('tidio_state_demo_visitor', '{"email":null}') } catch (e) {}
  var button = document.createElement('button')
  button.id = 'tidio-chat'
  button.textContent = 'Chat with us'
  document.body.appendChild(button)
  ;(window.__standIns = window.__standIns || []).push('tidio')
})()
