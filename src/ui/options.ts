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

function fail(field: string, problem: string): never {
  throw new AssentConfigError('ui' + field, problem)
}

/** A string stands for any string, an array for one of its values, `*` for any key. */
type Shape = string | unknown[] | { [key: string]: Shape }
const NAMED = { '*': { title: '', description: '' } }
const OPTIONS: Shape = {
  layout: ['bar', 'bar-top', 'box', 'modal'],
  theme: ['light', 'dark', 'auto'],
  // Any language tag, each with the strings of the English built-ins.
  texts: { '*': { ...english, categories: NAMED, services: NAMED } as Shape },
  language: '',
  nonce: '',
  hideFromBots: [true, false],
  endpoint: '',
}

function check(value: unknown, shape: Shape, field: string): void {
  if (Array.isArray(shape)) {
    if (!shape.includes(value)) fail(field, 'must be one of: ' + shape)
  } else if (typeof shape === 'string') {
    if (typeof value !== 'string') fail(field, 'must be a string')
  } else {
    if (typeof value !== 'object' || !value || Array.isArray(value)) fail(field, 'must be an object')
    for (const key in value) {
      if ((value as Record<string, unknown>)[key] === undefined) continue
      const inner = shape[key] ?? shape['*']
      if (inner === undefined) fail(field + '.' + key, 'is not known')
      check((value as Record<string, unknown>)[key], inner, field + '.' + key)
    }
  }
}

/** Returns the options, or throws naming the bad field. */
export function checkOptions(options: unknown = {}): UIOptions {
  check(options, OPTIONS, '')
  return options as UIOptions
}
