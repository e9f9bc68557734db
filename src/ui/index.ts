// `assent/ui`: the banner and the preferences dialog (SPEC section 4), in an open shadow root
// on a custom element, so that the page's CSS can neither hide nor restyle them.
import type { Consent } from '../core/types'
import { layer } from './banner'
import { BOTS } from './bots'
import { checkOptions, type UIOptions } from './options'
import { buildPreferences, readChoices } from './preferences'
import { css } from './styles'
import { element } from './element'
import { requestSubject, saveExport } from '../shared/subject-records'
import { mergeTexts, pickLanguage } from './texts'
import { SSR_MARKER } from './server-marker'

export type { UIOptions, UILayout, UITheme } from './options'
export type { UITexts, UITextsOverride, NamedTexts } from './texts'
export { renderBannerHTML, serverBanner, type ServerBanner } from './server-banner'

export interface UI {
  showBanner(): void
  showPreferences(): void
  hide(): void
  destroy(): void
}

export function mountUI(consent: Consent, options?: UIOptions): UI {
  const { layout = 'bar', theme = 'auto', texts: overrides = {}, language: wanted, nonce, hideFromBots = true, endpoint } = checkOptions(options)
  // A host from a server render (renderBannerHTML) is taken over where it is, with its banner
  // and in its language, so that nothing already painted changes.
  const server = document.querySelector<HTMLElement>(`assent-ui[${SSR_MARKER}]`)
  const language = (consent.language = pickLanguage(['en', ...Object.keys(overrides)], [server?.lang, wanted, document.documentElement.lang, ...navigator.languages]))
  const { model } = consent.regime
  const optOut = model == 'opt-out'
  const merged = mergeTexts(overrides, language)
  // Under an opt-out regime, refusing is opting out of sale and sharing, and the preferences
  // are "Your Privacy Choices" (SPEC section 10).
  const texts = optOut ? { ...merged, rejectAll: merged.optOut, preferences: merged.privacyChoices, preferencesTitle: merged.privacyChoices } : merged
  const modal = layout == 'modal'
  const bot = hideFromBots && BOTS.test(navigator.userAgent)

  // The theme and layout are host classes; `lang`, inherited by both layers, has screen readers
  // speak them in the right language. The host itself is the top-layer popover, so that its box
  // in the page is the banner's (the modal layout's: the viewport it blocks) and tools and
  // tests find it with a plain `document.querySelector`, while the shadow root keeps the
  // site's CSS out. It reflects `banner` | `preferences` | `closed` (docs/testing.md); only
  // `banner` opens it (without the popover API it stays fixed over the page, not in the top layer).
  const host = server ?? element('assent-ui' as 'div', { class: theme + ' ' + layout, lang: language })
  host.popover = 'manual'
  const state = (name: string) => {
    host.setAttribute('data-assent-state', name)
    host.togglePopover?.(name == 'banner')
  }
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
  // Constructable stylesheets work under a strict CSP; else a `<style nonce>`.
  try {
    ;(root.adoptedStyleSheets = [new CSSStyleSheet()])[0].replaceSync(css)
  } catch {
    // Without the option the attribute reads "undefined", which matches no CSP nonce.
    root.append(element('style', { nonce: nonce! }, css))
  }
  // Keeps Tab and Shift+Tab inside the open modal dialog (WAI-ARIA APG dialog pattern):
  // showModal() makes the page inert, but Tab from the last control would still leave for the
  // browser UI. The topmost dialog is the last one appended (they are removed when closed).
  root.addEventListener('keydown', (event) => {
    const { key, shiftKey } = event as KeyboardEvent
    const controls = [...root.querySelectorAll<HTMLElement>('dialog:last-of-type :is(:enabled,a,summary)')]
    if (shiftKey) controls.reverse()
    // From the last control (the first, going back), on to the first (the last).
    if (key == 'Tab' && controls.pop() === root.activeElement) {
      event.preventDefault()
      controls[0].focus()
    }
  })
  // First in <body>, so that the banner comes early in the tab order (WCAG 2.4.3). A server
  // rendered host stays where the page (its framework) put it.
  server || document.body.prepend(host)

  let banner = root.querySelector<HTMLElement>(`[${SSR_MARKER}]`)
  let dialog: HTMLDialogElement | undefined
  // Whether the banner comes back when the dialog closes: it was there (undecided, not closed)
  // or was asked for meanwhile (a reset), and no decision or ui.hide() took it away since.
  let back: boolean | undefined

  // Focus goes back to where it came from or, if that is gone (the banner has no invoker), to
  // the page's "cookie settings" element rather than being lost.
  const focus = (to?: HTMLElement | null) => (to?.isConnected ? to : document.querySelector<HTMLElement>('[data-assent-open]'))?.focus()

  function showBanner(): void {
    // The open dialog has the banner hidden; its closing brings the banner back.
    if (dialog?.isConnected) return void (back = true)
    // A server's banner is shown already, but not yet in the top layer (see server-banner.ts).
    if (!banner?.isConnected || banner.hasAttribute(SSR_MARKER)) {
      // A bar or box is a landmark; the modal layout is a modal dialog.
      if (!banner?.isConnected) root.append((banner = layer(consent, modal ? 'dialog' : 'div', {
        class: layout,
        'data-assent-banner': '',
        ...(modal ? {} : { role: 'region' }),
      // Under opt-out, a notice: opt out, the choices, and a close that records the notice.
      }, texts, optOut ? texts.noticeTitle : texts.title, optOut ? texts.noticeDescription : texts.description, (optOut ? '' : 'accept-all ') + 'reject-all preferences')))
      // In the same task as the popover's opening (state, below): no frame without the banner.
      banner.removeAttribute(SSR_MARKER)
      if (modal) {
        banner.onclose = hideBanner
        ;(banner as HTMLDialogElement).showModal()
      } else {
        // WCAG 2.2 2.4.11 (Focus Not Obscured), technique C43: while a bar or box sits over the
        // page, the page gets scroll padding (so focus scrolling keeps clear of it) and, at the
        // bottom, room to scroll the last content out from under it. Written through CSSOM,
        // which a strict CSP allows; an empty value removes the property. The observer sees the
        // banner go or hide (its size drops to nothing) and gives the room back.
        const style = document.documentElement.style
        const shown = banner
        new ResizeObserver(() => {
          const value = shown.offsetHeight ? shown.offsetHeight + 'px' : ''
          if (layout == 'bar-top') style.scrollPaddingTop = value
          else style.scrollPaddingBottom = style.paddingBottom = value
        }).observe(shown)
      }
    }
    banner.hidden = false
    // The top layer puts the banner above any z-index or transform of the page.
    state('banner')
  }

  function hideBanner(): void {
    back = false
    const hadFocus = banner?.contains(root.activeElement)
    banner?.remove()
    state(dialog?.isConnected ? 'preferences' : 'closed')
    if (hadFocus) focus()
  }

  // Also the public `ui.showPreferences()`, without an opener.
  function showPreferences(opener?: Element | null): void {
    if (dialog?.isConnected) return
    const returnTo = (opener ?? root.activeElement ?? document.activeElement) as HTMLElement | null
    back = banner?.isConnected
    root.append((dialog = buildPreferences(consent, texts, endpoint)))
    // The banner is hidden (kept, so that focus can go back to its button) while the dialog is open.
    if (banner) banner.hidden = true
    state('preferences')
    // The dialog is closed by close(), Escape or a decision; it stays connected until then,
    // so `dialog` is still this one here.
    dialog.onclose = () => {
      dialog!.remove()
      back ? showBanner() : state('closed')
      focus(returnTo)
    }
    dialog.showModal()
  }

  const closePreferences = () => dialog?.close()

  root.addEventListener('click', async ({ target }) => {
    const name = (target as HTMLElement).dataset.assentAction
    const source = dialog?.contains(target as Node) ? 'preferences' : 'banner'
    const erase = name == 'erase'
    if (name == 'preferences') showPreferences(target as Element)
    else if (name == 'close') source == 'preferences' ? closePreferences() : optOut ? consent.notice() : hideBanner()
    else if (name == 'download' || erase) {
      // The download and erasure of the visitor's records on the endpoint (SPEC section 6).
      if (erase && !confirm(texts.eraseConfirm)) return
      const { subject } = consent.record!
      try {
        const response = await requestSubject(endpoint!, subject, erase)
        // 404 on erasure: nothing held on this subject, which is the wanted end state.
        if (!(response.ok || (erase && response.status == 404))) throw 0
        if (!erase) await saveExport(response, subject)
        else {
          closePreferences()
          consent.reset()
        }
      } catch {
        // The dialog's status line.
        dialog!.lastElementChild!.textContent = texts.failed
      }
    } else if (name) {
      // `accept-all` calls acceptAll(source), `reject-all` rejectAll(source) (the second
      // argument is for save(choices, source)).
      consent[name.replace('-a', 'A') as 'save'](name == 'save' ? readChoices(dialog!) : (source as never), source)
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
  // Crawlers never get it (hideFromBots), nor does anyone under a regime of 'none'.
  const update = () => (consent.decided || bot || model == 'none' ? hideBanner() : showBanner())
  const unbind = consent.on('change', update)
  update()

  const hide = () => {
    hideBanner()
    closePreferences()
  }
  return {
    showBanner,
    showPreferences,
    hide,
    destroy() {
      hide()
      unbind()
      document.removeEventListener('click', onPageClick)
      // A server-rendered host belongs to the page (React removes it itself); unmarked, it is
      // not taken over again with this UI's listeners still on its shadow root.
      server ? server.removeAttribute(SSR_MARKER) : host.remove()
    },
  }
}
