// `assent/ui`: the banner and the preferences dialog (SPEC section 4), in an open shadow root
// on a custom element, so that the page's CSS can neither hide nor restyle them.
import type { Consent } from '../core/types'
import { buildBanner } from './banner'
import { reserveSpace } from './banner-space'
import { isBot } from './bots'
import { requestRecords } from './data-rights'
import { checkOptions, type UIOptions } from './options'
import { buildPreferences, readChoices } from './preferences'
import { css } from './styles'
import { element } from './element'
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
  const { layout = 'bar', theme = 'auto', texts: overrides = {}, language: wanted, nonce, hideFromBots = true, endpoint } = checkOptions(options)
  const language = (consent.language = pickLanguage(['en', ...Object.keys(overrides)], [wanted, document.documentElement.lang, ...navigator.languages]))
  const texts = mergeTexts(overrides, language)
  const bot = hideFromBots && isBot(navigator.userAgent)

  const host = document.createElement('assent-ui')
  host.className = theme
  // Inherited by both layers, so that screen readers speak them in the right language.
  host.lang = language
  const root = host.attachShadow({ mode: 'open' })
  // Constructable stylesheets work under a strict CSP; else a `<style nonce>`.
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [sheet]
  } catch {
    // Without the option the attribute reads "undefined", which matches no CSP nonce.
    root.append(element('style', { nonce: nonce! }, css))
  }
  // Keeps Tab and Shift+Tab inside the open modal dialog (WAI-ARIA APG dialog pattern):
  // showModal() makes the page inert, but Tab from the last control would still leave for the
  // browser UI. The UI's dialogs are always modal (they are removed when closed).
  root.addEventListener('keydown', (event) => {
    const { key, shiftKey } = event as KeyboardEvent
    const active = root.activeElement
    const dialog = active?.closest('dialog')
    if (key == 'Tab' && dialog) {
      const controls = [...dialog.querySelectorAll<HTMLElement>('button,a[href],input:not(:disabled)')]
      if (shiftKey) controls.reverse()
      // From the last control (the first, going back), on to the first (the last).
      if (active == controls.pop()) {
        event.preventDefault()
        controls[0].focus()
      }
    }
  })
  // First in <body>, so that the banner comes early in the tab order (WCAG 2.4.3).
  document.body.prepend(host)

  let banner: HTMLElement | undefined
  let dialog: HTMLDialogElement | undefined
  let releaseSpace: (() => void) | undefined

  // The banner has no invoker: when it goes, focus goes to the page's "cookie settings"
  // element rather than being lost.
  const focusPage = () => document.querySelector<HTMLElement>('[data-assent-open]')?.focus()

  function showBanner(): void {
    if (banner?.isConnected) return
    root.append((banner = buildBanner(texts, layout, consent.config.policy.url)))
    if (layout == 'modal') {
      banner.onclose = hideBanner
      ;(banner as HTMLDialogElement).showModal()
    } else {
      // The top layer puts the bar above any z-index or transform of the page.
      banner.showPopover?.()
      releaseSpace = reserveSpace(banner, layout == 'bar-top')
    }
  }

  function hideBanner(): void {
    const hadFocus = banner?.contains(root.activeElement)
    banner?.remove()
    // Releasing twice, or a modal banner's never reserved space, is harmless.
    releaseSpace?.()
    if (hadFocus) focusPage()
  }

  function showPreferences(opener?: Element | null): void {
    if (dialog?.isConnected) return
    const returnTo = (opener ?? root.activeElement ?? document.activeElement) as HTMLElement | null
    root.append((dialog = buildPreferences(consent, texts, endpoint)))
    // The dialog is closed by close(), Escape or a decision; it stays connected until then,
    // so `dialog` is still this one here.
    dialog.onclose = () => {
      dialog!.remove()
      if (returnTo?.isConnected) returnTo.focus()
      else focusPage()
    }
    dialog.showModal()
  }

  const closePreferences = () => dialog?.close()

  async function dataRequest(erase: boolean, status: Element): Promise<void> {
    if (erase && !confirm(texts.eraseConfirm)) return
    try {
      await requestRecords(endpoint!, consent.record!.subject, erase)
      if (erase) {
        closePreferences()
        consent.reset()
      }
    } catch {
      status.textContent = texts.failed
    }
  }

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-assent-action]')
    const name = button?.dataset.assentAction
    const inDialog = button?.closest('dialog.p')
    const source = inDialog ? 'preferences' : 'banner'
    if (name == 'preferences') showPreferences(button)
    else if (name == 'close') inDialog ? closePreferences() : hideBanner()
    else if (name == 'download' || name == 'erase') dataRequest(name == 'erase', inDialog!.lastElementChild!)
    else if (name) {
      if (name == 'save') consent.save(readChoices(inDialog!), source)
      else if (name == 'accept-all') consent.acceptAll(source)
      else consent.rejectAll(source)
      closePreferences()
    }
  })

  const onPageClick = (event: MouseEvent) => {
    const opener = (event.target as Element).closest?.('[data-assent-open]')
    if (opener) {
      event.preventDefault()
      showPreferences(opener)
    }
  }
  document.addEventListener('click', onPageClick)

  // Decisions from any source (this UI, the API, another tab) hide or bring back the banner.
  // Crawlers never get it (hideFromBots).
  const update = () => (consent.decided ? hideBanner() : bot || showBanner())
  const unbind = consent.on('change', update)
  update()

  const hide = () => {
    hideBanner()
    closePreferences()
  }
  return {
    showBanner,
    showPreferences: () => showPreferences(),
    hide,
    destroy() {
      hide()
      unbind()
      document.removeEventListener('click', onPageClick)
      host.remove()
    },
  }
}
