// createConsent: the headless core. It owns the decision, persists it in one cookie, honours
// the browser's privacy signals, and announces every change; plugins react to the events.
import { createNanoEvents } from 'nanoevents'
import { checkOneOf, fail } from './check-shape'
import { isPlainObject } from './config-error'
import { resolveConfig } from './config'
import { isRecordValid, resolveChoices, type ResolvedChoices } from './choices'
import { readStoredRecord, removeStoredRecord, writeStoredRecord } from './cookie-store'
import { listenToOtherTabs } from './cross-tab'
import { readSignals } from './signals'
import { uuid } from './uuid'
import type { Consent, ConsentAction, ConsentConfig, ConsentEvents, ConsentRecord, ConsentSource, UserSource } from './types'

const DAY_MS = 86_400_000
const USER_SOURCES: UserSource[] = ['banner', 'preferences', 'api']

function pageUrl(): string {
  return typeof location === 'undefined' ? '' : (location.origin + location.pathname).slice(0, 512)
}

function pageLanguage(): string {
  const lang = (typeof document !== 'undefined' && document.documentElement.lang) ||
    (typeof navigator !== 'undefined' && navigator.language) || 'en'
  return lang.slice(0, 35)
}

function checkSource(source: UserSource): UserSource {
  checkOneOf(source, USER_SOURCES, 'source')
  return source
}

export function createConsent(userConfig: ConsentConfig): Consent {
  const config = resolveConfig(userConfig)
  const emitter = createNanoEvents<ConsentEvents>()
  const signals = readSignals()
  const honoredSignals = {
    doNotTrack: config.honorDoNotTrack && signals.doNotTrack,
    globalPrivacyControl: config.honorGlobalPrivacyControl && signals.globalPrivacyControl,
  }
  const signalHonored = honoredSignals.doNotTrack || honoredSignals.globalPrivacyControl
  const serviceCategory: Record<string, string> = {}
  for (const [category, { services }] of Object.entries(config.categories)) {
    for (const service of Object.keys(services)) serviceCategory[service] = category
  }
  const names = [...Object.keys(config.categories), ...Object.keys(serviceCategory)]

  let record: ConsentRecord | null = null
  let subject = uuid()
  let cookieWorks = true

  function validStored(): ConsentRecord | null {
    const stored = readStoredRecord(config.cookie)
    // Keep the pseudonymous subject across policy versions, so the server links the history.
    if (stored) subject = stored.subject
    return stored && isRecordValid(stored, config, Date.now()) ? stored : null
  }

  function isGranted(name: string, from: ConsentRecord | null): boolean {
    const category = config.categories[name] ?? config.categories[serviceCategory[name]]
    if (!category) return false
    if (category.required) return true
    if (!from) return false
    return (name in config.categories ? from.choices[name] : from.services[name]) === true
  }

  function announce(previous: ConsentRecord | null): void {
    emitter.emit('change', record, previous)
    for (const name of names) {
      const before = isGranted(name, previous)
      const after = isGranted(name, record)
      if (before !== after) emitter.emit(after ? 'grant' : 'revoke', name)
    }
  }

  function commit(action: ConsentAction, source: ConsentSource, resolved: ResolvedChoices): ConsentRecord {
    const now = Date.now()
    const next: ConsentRecord = {
      id: uuid(),
      subject,
      policyVersion: config.policy.version,
      choices: resolved.choices,
      services: resolved.services,
      action,
      source,
      signals: { ...signals },
      language: consent.language,
      url: pageUrl(),
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + config.expiresAfterDays * DAY_MS).toISOString(),
    }
    const previous = record
    record = next
    writeStoredRecord(config.cookie, next, config.expiresAfterDays)
    cookieWorks = readStoredRecord(config.cookie)?.id === next.id
    tabs.notify()
    announce(previous)
    return next
  }

  const tabs = listenToOtherTabs(`assent:${config.cookie.name}`, () => {
    // With cookies blocked the decision lives in this page only; a re-read would erase it.
    if (!cookieWorks) return
    const next = validStored()
    if (next?.id === record?.id) return
    const previous = record
    record = next
    announce(previous)
  })

  const consent: Consent = {
    config,
    signals,
    signalHonored,
    language: pageLanguage(),
    get decided() {
      return record !== null
    },
    get record() {
      return record
    },
    granted: (name) => isGranted(name, record),
    acceptAll: (source = 'api') => commit('accept-all', checkSource(source), resolveChoices(config, true)),
    rejectAll: (source = 'api') => commit('reject-all', checkSource(source), resolveChoices(config, false)),
    save: (choices, source = 'api') => {
      if (!isPlainObject(choices)) fail('choices', 'must be an object of names and booleans')
      return commit('custom', checkSource(source), resolveChoices(config, choices))
    },
    withdraw: (source = 'api') => commit('withdraw', checkSource(source), resolveChoices(config, false)),
    reset() {
      const previous = record
      removeStoredRecord(config.cookie)
      record = null
      subject = uuid()
      tabs.notify()
      announce(previous)
    },
    async when(name) {
      if (!names.includes(name)) fail(`when("${name}")`, 'names no configured category or service')
      if (!isGranted(name, record)) {
        await new Promise<void>((resolve) => {
          const off = emitter.on('grant', (granted) => granted === name && (off(), resolve()))
        })
      }
    },
    on: (event, listener) => emitter.on(event, listener),
    emit: (event, ...args) => emitter.emit(event, ...args),
    categoryOf: (service) => serviceCategory[service],
    destroy: () => tabs.stop(),
  }

  record = validStored()
  // An honoured signal refuses for the visitor when there is no decision, and wins over a
  // decision made while it was off; a choice made while it is on stands.
  const madeWithSignalOff = record !== null &&
    ((honoredSignals.doNotTrack && !record.signals.doNotTrack) ||
      (honoredSignals.globalPrivacyControl && !record.signals.globalPrivacyControl))
  if (signalHonored && (record === null || madeWithSignalOff)) commit('reject-all', 'signal', resolveChoices(config, false))
  return consent
}
