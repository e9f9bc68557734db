// mountUI options: their type and their validation. A mistake throws an AssentConfigError
// naming the field (`ui.layout`, `ui.texts.de.title`), so the script tag can report it.
import { checkOneOf, checkShape } from '../core/check-shape'
import { english, type UITextsOverride } from './texts'

export type UILayout = 'bar' | 'bar-top' | 'box' | 'modal'
export type UITheme = 'light' | 'dark' | 'auto'

export interface UIOptions {
  /** 'bar' (bottom, default), 'bar-top', 'box' (bottom corner) or 'modal' (blocks the page). */
  layout?: UILayout
  /** 'auto' (default) follows prefers-color-scheme. */
  theme?: UITheme
  /** Per language (BCP 47 tag), a partial override of the built-in strings. */
  texts?: Record<string, UITextsOverride>
  /** Language to show; default `<html lang>`, then `navigator.languages`, then `en`. */
  language?: string
  /** For the `<style nonce>` fallback where constructable stylesheets are missing. */
  nonce?: string
  /** No banner for well-known crawlers (default true). */
  hideFromBots?: boolean
  /** The consent backend (`sync.endpoint`): enables download and deletion of one's records. */
  endpoint?: string
}

const NAMED = { '*': { title: '', description: '' } }
// An example of every option; any language tag holds the strings of the English built-ins.
const SHAPE = {
  layout: '',
  theme: '',
  texts: { '*': { ...english, categories: NAMED, services: NAMED } },
  language: '',
  nonce: '',
  hideFromBots: false,
  endpoint: '',
}

/** Returns the options, or throws naming the bad field. */
export function checkOptions(options: unknown = {}): UIOptions {
  checkShape(options, SHAPE, 'ui')
  const { layout, theme } = options as UIOptions
  checkOneOf(layout, ['bar', 'bar-top', 'box', 'modal'], 'ui.layout')
  checkOneOf(theme, ['light', 'dark', 'auto'], 'ui.theme')
  return options as UIOptions
}
