// `assent/ui`: the banner and the preferences dialog (SPEC section 4), in an open shadow root
// on a custom element, so that the page's CSS can neither hide nor restyle them.
import type { Consent, UserSource } from '../core/types'
import { buildBanner } from './banner'
import { reserveSpace } from './banner-space'
import { isBot } from './bots'
import { downloadRecords, eraseRecords } from './data-rights'
import { trapFocus } from './focus-trap'
import { resolveOptions, type UIOptions } from './options'
import { buildPreferences, linkToggles, readChoices } from './preferences'
import { adoptStyles } from './styles'
import { mergeTexts, pickLanguage } from './texts'

export type { UIOptions, UILayout, UITheme } from './options'
export type { UITexts, UITextsOverride, NamedTexts } from './texts'

export interface UI {
  showBanner(): void
  showPreferences(): void
  hide(): void
  destroy(): void
}

export function mountUI(consent: Consent, options?: UIOptions): UI {
  const { layout, theme, texts: overrides, language: wanted, nonce, hideFromBots, endpoint } = resolveOptions(options)
  const language = pickLanguage(['en', ...Object.keys(overrides)], [wanted, document.documentElement.lang, ...navigator.languages])
  const texts = mergeTexts(overrides, language)
  consent.language = language

  const host = document.createElement('assent-ui')
  host.setAttribute('theme', theme)
  const root = host.attachShadow({ mode: 'open' })
  adoptStyles(root, nonce)
  // First in <body>, so that the banner comes early in the tab order (WCAG 2.4.3).
  document.body.prepend(host)

  let banner: HTMLElement | undefined
  let dialog: HTMLDialogElement | undefined
  let releaseSpace: (() => void) | undefined
  let beforeBanner: HTMLElement | undefined

  const focusPage = () => {
    // The banner has no invoker: focus goes back where it was before entering it, else to the
    // page's "cookie settings" element, rather than being lost (APG dialog pattern).
    const target = beforeBanner?.isConnected ? beforeBanner : document.querySelector<HTMLElement>('[data-assent-open]')
    target?.focus()
  }

  function showBanner(): void {
    if (banner?.isConnected) return
    banner = buildBanner(texts, layout, consent.config.policy.url, language)
    banner.addEventListener('focusin', (event) => {
      const from = event.relatedTarget as HTMLElement | null
      if (from && !host.contains(from) && from !== host) beforeBanner = from
    })
    root.append(banner)
    if (layout === 'modal') {
      trapFocus(banner, root)
      banner.addEventListener('close', hideBanner)
      ;(banner as HTMLDialogElement).showModal()
    } else {
      banner.showPopover?.()
      releaseSpace = reserveSpace(banner, layout === 'bar-top')
    }
  }

  function hideBanner(): void {
    if (!banner?.isConnected) return
    const hadFocus = banner.contains(root.activeElement)
    banner.remove()
    releaseSpace?.()
    releaseSpace = undefined
    if (hadFocus) focusPage()
  }

  function showPreferences(opener?: Element | null): void {
    if (dialog?.isConnected) return
    const returnTo = (opener ?? root.activeElement ?? document.activeElement) as HTMLElement | null
    const current = (dialog = buildPreferences(consent, texts, language, endpoint))
    linkToggles(current)
    trapFocus(current, root)
    current.addEventListener('close', () => {
      current.remove()
      if (returnTo?.isConnected && returnTo !== document.body) returnTo.focus()
      else focusPage()
    })
    root.append(current)
    current.showModal()
  }

  const closePreferences = () => dialog?.close()

  async function dataRequest(kind: string, status: Element): Promise<void> {
    const subject = consent.record?.subject
    if (!endpoint || !subject) return
    try {
      if (kind === 'download') return await downloadRecords(endpoint, subject)
      if (!confirm(texts.eraseConfirm)) return
      await eraseRecords(endpoint, subject)
      closePreferences()
      consent.reset()
    } catch {
      status.textContent = texts.failed
    }
  }

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[data-assent-action]')
    if (!button) return
    const inDialog = button.closest('dialog.p') as HTMLDialogElement | null
    const source: UserSource = inDialog ? 'preferences' : 'banner'
    const name = button.getAttribute('data-assent-action')
    if (name === 'accept-all') consent.acceptAll(source)
    else if (name === 'reject-all') consent.rejectAll(source)
    else if (name === 'save') consent.save(readChoices(inDialog!), source)
    else if (name === 'preferences') return showPreferences(button)
    else if (name === 'close') return inDialog ? closePreferences() : hideBanner()
    else return void dataRequest(name!, inDialog!.querySelector('[role=status]')!)
    closePreferences()
  })

  const onPageClick = (event: MouseEvent) => {
    const opener = (event.target as Element).closest?.('[data-assent-open]')
    if (!opener) return
    event.preventDefault()
    showPreferences(opener)
  }
  document.addEventListener('click', onPageClick)

  // Decisions from any source (this UI, the API, another tab) hide or bring back the banner.
  const unbind = consent.on('change', () => (consent.decided ? hideBanner() : showBanner()))

  if (!consent.decided && !(hideFromBots && isBot(navigator.userAgent))) showBanner()

  return {
    showBanner,
    showPreferences: () => showPreferences(),
    hide() {
      hideBanner()
      closePreferences()
    },
    destroy() {
      hideBanner()
      closePreferences()
      unbind()
      document.removeEventListener('click', onPageClick)
      host.remove()
    },
  }
}
