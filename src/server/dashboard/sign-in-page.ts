// The sign-in form: the admin token in a password field, posted to this origin only.
import { html, type Raw } from './html'

export type SignInNotice = 'wrong' | 'expired' | 'signed-out' | 'limited' | null

const NOTICES: Record<Exclude<SignInNotice, null>, string> = {
  wrong: 'That is not the admin token. Try again.',
  expired: 'Your session expired. Sign in again.',
  'signed-out': 'You are signed out.',
  limited: 'Too many attempts. Wait a minute, then try again.',
}

export function signInBody(base: string, notice: SignInNotice): Raw {
  const error = notice === 'wrong' || notice === 'limited'
  return html`${notice ? html`<p id="notice" class="${error ? 'error' : 'muted'}" role="${error ? 'alert' : 'status'}">${NOTICES[notice]}</p>` : ''}
<form method="post" action="${base}/sign-in">
<label for="token">Admin token</label>
<input type="password" id="token" name="token" autocomplete="current-password" required minlength="16"${error ? html` aria-invalid="true" aria-describedby="notice"` : ''}>
<p class="muted">The token the server was started with (<code>--admin-token</code> or <code>ASSENT_ADMIN_TOKEN</code>).</p>
<button type="submit" class="primary">Sign in</button></form>`
}
