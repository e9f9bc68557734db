// The dashboard's options (createHandler's `dashboard`, the CLI's --dashboard-* flags), checked
// up front like the handler's own.
import { AssentConfigError } from '../../core/config-error'

export interface DashboardOptions {
  /** Where the dashboard is served; default `{basePath}/dashboard`. */
  path?: string
  /** Warn when no record has arrived for this many minutes; default 60. */
  staleAfterMinutes?: number
  /** A session lasts this many minutes from sign-in; default 480 (8 hours). */
  sessionMinutes?: number
  /** Sign-in attempts per minute per client address; default 10. */
  signInPerMinute?: number
}

export interface ResolvedDashboardOptions extends Required<DashboardOptions> {}

export function resolveDashboardOptions(options: DashboardOptions | false | undefined, basePath: string): ResolvedDashboardOptions | null {
  if (options === false) return null
  const { path = `${basePath}/dashboard`, staleAfterMinutes = 60, sessionMinutes = 480, signInPerMinute = 10 } = options ?? {}
  if (typeof path !== 'string' || !/^(\/[A-Za-z0-9._~-]+)+$/.test(path)) throw new AssentConfigError('dashboard.path', 'must be a path like /dashboard (no trailing slash)')
  if (!(typeof staleAfterMinutes === 'number' && staleAfterMinutes > 0 && Number.isFinite(staleAfterMinutes))) throw new AssentConfigError('dashboard.staleAfterMinutes', 'must be a number of minutes above 0')
  if (!(typeof sessionMinutes === 'number' && sessionMinutes > 0 && sessionMinutes <= 7 * 24 * 60)) throw new AssentConfigError('dashboard.sessionMinutes', 'must be a number of minutes above 0, at most a week')
  if (!(Number.isInteger(signInPerMinute) && signInPerMinute > 0)) throw new AssentConfigError('dashboard.signInPerMinute', 'must be a whole number above 0')
  return { path, staleAfterMinutes, sessionMinutes, signInPerMinute }
}
