import type { ServiceInfo } from './types'
import { GOOGLE_PRIVACY, OPEN_COOKIE_DATABASE } from './sources'

// Google calls its _GRECAPTCHA cookie necessary; it is set on google.com, not on the site.
export const googleRecaptcha: ServiceInfo = {
  id: 'google-recaptcha',
  name: 'Google reCAPTCHA',
  vendor: 'Google LLC',
  category: 'necessary',
  description: 'Checks that a form is sent by a person, not a bot. Google analyses your browser and how you use the page, and sets a cookie on google.com for this.',
  privacyPolicy: GOOGLE_PRIVACY,
  cookies: [],
  storage: [],
  hosts: ['www.google.com', 'www.gstatic.com', 'recaptcha.google.com', 'www.recaptcha.net'],
  sources: [
    'https://cloud.google.com/recaptcha/docs/faq',
    'https://docs.airlock.com/iam/latest/plugins/com.airlock.iam.flow.shared.application.configuration.captcha.ReCaptchaConfig.html',
    OPEN_COOKIE_DATABASE,
  ],
}
