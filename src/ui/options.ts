// mountUI options: their type and their validation. A mistake throws an AssentConfigError
// naming the field (`ui.layout`, `ui.texts.de.title`), so the script tag can report it.
import { AssentConfigError } from '../core/config-error'
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

export type ResolvedOptions = Required<Pick<UIOptions, 'layout' | 'theme' | 'texts' | 'hideFromBots'>> & UIOptions

const TAG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i

function fail(field: string, problem: string): never {
  throw new AssentConfigError('ui' + field, problem)
}

function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || !value || Array.isArray(value)) fail(field, 'must be an object')
  return value as Record<string, unknown>
}

/** Every key known, every value a string: a typo in a text should not pass silently. */
function strings(value: unknown, field: string, known: string[]): void {
  for (const [key, text] of Object.entries(object(value, field))) {
    if (!known.includes(key)) fail(field + '.' + key, 'is not a known text (known: ' + known + ')')
    if (typeof text !== 'string') fail(field + '.' + key, 'must be a string')
  }
}

function checkTexts(texts: unknown): void {
  for (const [language, value] of Object.entries(object(texts, '.texts'))) {
    const field = '.texts.' + language
    if (!TAG.test(language)) fail(field, 'must be keyed by a language tag such as "de" or "pt-BR"')
    const { categories = {}, services = {}, ...rest } = object(value, field)
    // The string keys: all but the last two, categories and services.
    strings(rest, field, Object.keys(english).slice(0, -2))
    for (const [group, names] of Object.entries({ categories, services })) {
      for (const [name, named] of Object.entries(object(names, `${field}.${group}`))) {
        strings(named, `${field}.${group}.${name}`, ['title', 'description'])
      }
    }
  }
}

const oneOf = (value: unknown, field: string, allowed: unknown[]) =>
  allowed.includes(value) || fail(field, 'must be one of: ' + allowed.join(', '))

const optionalString = (value: unknown, field: string, pattern = /./) =>
  value === undefined || (typeof value === 'string' && pattern.test(value)) || fail(field, 'must be a non-empty string')

/** Returns the options with defaults filled in, or throws naming the bad field. */
export function resolveOptions(options: unknown = {}): ResolvedOptions {
  const known = ['layout', 'theme', 'texts', 'language', 'nonce', 'hideFromBots', 'endpoint']
  for (const key in object(options, '')) oneOf(key, '.' + key, known)
  const { layout = 'bar', theme = 'auto', texts = {}, language, nonce, hideFromBots = true, endpoint } = options as UIOptions
  oneOf(layout, '.layout', ['bar', 'bar-top', 'box', 'modal'])
  oneOf(theme, '.theme', ['light', 'dark', 'auto'])
  oneOf(hideFromBots, '.hideFromBots', [true, false])
  checkTexts(texts)
  optionalString(language, '.language', TAG)
  optionalString(nonce, '.nonce')
  optionalString(endpoint, '.endpoint')
  return { layout, theme, texts, language, nonce, hideFromBots, endpoint }
}
