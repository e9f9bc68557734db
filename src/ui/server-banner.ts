// The banner as HTML for a server render (no DOM: runs in Node): an `<assent-ui>` host with a
// declarative shadow root (`<template shadowrootmode="open">`), so the browser paints the
// banner from the first HTML, before any script. mountUI then takes that banner over in place
// (same nodes, focus untouched) instead of building its own. Same markup as the client's
// banner (banner.ts); every config and text string is escaped, never markup.
import { css } from './styles'
import { checkOptions, type UIOptions } from './options'
import { mergeTexts, pickLanguage, type UITexts } from './texts'
import type { ConsentConfig } from '../core/types'
import { SSR_MARKER } from './server-marker'

// mountUI makes the host a popover and opens it in the top layer; before any script could, the
// host without `popover` is shown fixed where the popover goes (styles.ts places both), above the
// page. mountUI adds `popover` and opens it in the same task, so no frame goes without the banner.
const ssrCss = ':host(:not([popover])){z-index:2147483647!important}'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escape = (text: string) => String(text).replace(/[&<>"']/g, (char) => ESCAPES[char])
const tag = (name: string, attributes: Record<string, string>, inner = '') =>
  `<${name}${Object.entries(attributes).map(([key, value]) => ` ${key}="${escape(value)}"`).join('')}>${inner}</${name}>`

/** http(s) or relative URLs only, as the client's safeLink: a `javascript:` URL must not become a link. */
function safeUrl(url: string | undefined): string | undefined {
  try {
    if (url && /^https?:$/.test(new URL(url, 'http://relative.invalid').protocol)) return url
  } catch {
    // not a URL: no link
  }
}

export interface ServerBanner {
  /** The host's attributes (class, lang and the marker). */
  host: { class: string; lang: string; [SSR_MARKER]: ''; 'data-assent-state': 'banner' }
  /** The host's inner HTML: the declarative shadow root with the styles and the banner. */
  html: string
}

/**
 * The banner for an undecided visitor as server HTML, or null where it is not rendered on the
 * server: the modal layout (a modal dialog needs script to open), or a page without a UI.
 * `options.language` picks the texts (the server has no `<html lang>` or navigator to read;
 * default `en`); `options.nonce` goes on the `<style>`, for a strict CSP.
 */
export function serverBanner(config: Pick<ConsentConfig, 'policy'>, options?: UIOptions): ServerBanner | null {
  const { layout = 'bar', theme = 'auto', texts: overrides = {}, language: wanted, nonce } = checkOptions(options)
  if (layout == 'modal') return null
  const language = pickLanguage(['en', ...Object.keys(overrides)], [wanted])
  const texts: UITexts = mergeTexts(overrides, language)
  const url = safeUrl(config.policy?.url)
  const buttons = ['accept-all', 'reject-all', 'preferences']
    .map((name) => tag('button', { 'data-assent-action': name }, escape(texts[name.replace('-a', 'A') as 'save'])))
  const banner = tag('div', { 'aria-label': texts.title, class: layout, 'data-assent-banner': '', role: 'region', [SSR_MARKER]: '' },
    tag('button', { 'data-assent-action': 'close', class: 'x', 'aria-label': texts.close }, '×') +
    tag('h2', {}, escape(texts.title)) +
    tag('p', {}, escape(texts.description)) +
    (url ? tag('p', {}, tag('a', { href: url }, escape(texts.policyLink))) : '') +
    tag('span', {}, buttons.join('')))
  const style = tag('style', nonce ? { nonce } : {}, ssrCss + css)
  return { host: { class: theme + ' ' + layout, lang: language, [SSR_MARKER]: '', 'data-assent-state': 'banner' }, html: tag('template', { shadowrootmode: 'open' }, style + banner) }
}

/**
 * The whole `<assent-ui>` element as an HTML string, to put first in `<body>` of a server
 * rendered page when the visitor has no valid decision (readConsentCookie returned null).
 * Empty for the modal layout, which mountUI shows on the client.
 */
export function renderBannerHTML(config: Pick<ConsentConfig, 'policy'>, options?: UIOptions): string {
  const banner = serverBanner(config, options)
  return banner ? tag('assent-ui', banner.host, banner.html) : ''
}
