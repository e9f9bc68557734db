// createConsent: the headless core. It owns the decision, persists it in one cookie, honours
// the browser's privacy signals, and announces every change; plugins react to the events.
import { createNanoEvents } from 'nanoevents'
import { checkOneOf, fail } from './check-shape'
import { isPlainObject } from './config-error'
import { resolveConfig } from './config'
import { isRecordValid, resolveChoices } from './choices'
import { readStoredRecord, removeStoredRecord, writeStoredRecord } from './cookie-store'
import { listenToOtherTabs } from './cross-tab'
import { standsUnder } from './regime'
import { readSignals } from './signals'
import { uuid } from './uuid'
import type { Consent, ConsentAction, ConsentConfig, ConsentEvents, ConsentRecord, ConsentSource, Signals, UserSource } from './types'
import { EXPLAIN } from './explain'

const DAY_MS = 86_400_000
const USER_SOURCES: UserSource[] = ['banner', 'preferences', 'api']

export function createConsent(userConfig: ConsentConfig): Consent {
  const config = resolveConfig(userConfig)
  const { regime } = config
  const emitter = createNanoEvents<ConsentEvents>()
  const signals = readSignals()
  /** Per signal, whether it is on in `from` and honoured by the config. */
  const honoredIn = (from: Signals) => [from.doNotTrack && config.honorDoNotTrack, from.globalPrivacyControl && config.honorGlobalPrivacyControl]
  const honoredNow = honoredIn(signals)
  const serviceCategory: Record<string, string> = {}
  for (const category in config.categories) {
    for (const service in config.categories[category].services) serviceCategory[service] = category
  }
  const names = [...Object.keys(config.categories), ...Object.keys(serviceCategory)]

  let record: ConsentRecord | null = null
  let subject = uuid()
  let cookieWorks = true

  function validStored(): ConsentRecord | null {
    const stored = readStoredRecord(config.cookie)
    // Keep the pseudonymous subject across policy versions, so the server links the history.
    if (stored) subject = stored.subject
    return stored && isRecordValid(stored, config, Date.now()) && standsUnder(stored, regime) ? stored : null
  }

  /** With no decision, the regime's defaults apply (its `optOut` categories are granted). */
  function isGranted(name: string, from: ConsentRecord | null): boolean {
    const categoryName = name in config.categories ? name : serviceCategory[name]
    const category = config.categories[categoryName]
    return !!category && (category.required || (from ? from[categoryName == name ? 'choices' : 'services'][name] === true : regime.optOut.includes(categoryName)))
  }

  /** Makes `next` the decision and announces the change, then each grant and revoke. */
  function setRecord(next: ConsentRecord | null): void {
    const previous = record
    record = next
    emitter.emit('change', next, previous)
    for (const name of names) {
      const granted = isGranted(name, next)
      if (granted !== isGranted(name, previous)) emitter.emit(granted ? 'grant' : 'revoke', name)
    }
  }

  function commit(action: ConsentAction, source: ConsentSource, named: Record<string, boolean> | boolean): ConsentRecord {
    const now = Date.now()
    const next: ConsentRecord = {
      id: uuid(),
      subject,
      policyVersion: config.policy.version,
      ...resolveChoices(config, named),
      action,
      source,
      signals: { ...signals },
      language: consent.language,
      url: typeof location == 'object' ? (location.origin + location.pathname).slice(0, 512) : '',
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + config.expiresAfterDays * DAY_MS).toISOString(),
      regime: { region: regime.region, model: regime.model },
    }
    writeStoredRecord(config.cookie, next, config.expiresAfterDays)
    tabs.notify(next.id)
    setRecord(next)
    // Whether the cookie keeps decisions (it may be blocked, or refused for its attributes) is
    // read back after this task: a cookie read right after a write waits for the browser's
    // cookie store, and would delay the scripts just granted. Any valid record will do, in case
    // another tab decided in between.
    setTimeout(() => (cookieWorks = !!readStoredRecord(config.cookie)))
    return next
  }

  /** A visitor's or the page's decision; `'signal'` is a source reserved for assent itself. */
  const decide = (action: ConsentAction, named: Record<string, boolean> | boolean) => (source: UserSource = 'api') => {
    checkOneOf(source, USER_SOURCES, 'source')
    return commit(action, source, named)
  }

  const tabs = listenToOtherTabs(`assent:${config.cookie.name}`, function reread(announced?: string, tries = 40) {
    // With cookies blocked the decision lives in this page only; a re-read would erase it.
    const next = cookieWorks ? validStored() : record
    if (next?.id !== record?.id) setRecord(next)
    // Chromium stores a cookie written in another tab's process asynchronously: the news can
    // come before the cookie. Read again until the announced record is here (for 2 s at most).
    if (announced != null && announced !== (record?.id ?? '') && tries) setTimeout(reread, 50, announced, tries - 1)
  })

  const consent: Consent = {
    config,
    signals,
    regime,
    signalHonored: honoredNow.includes(true),
    // Node (SSR) has neither document nor, before version 21, navigator.
    language: (globalThis.document?.documentElement.lang || globalThis.navigator?.language || 'en').slice(0, 35),
    get decided() {
      return record !== null
    },
    get record() {
      return record
    },
    granted: (name) => isGranted(name, record),
    acceptAll: decide('accept-all', true),
    rejectAll: decide('reject-all', false),
    save: (choices, source) => decide('custom', isPlainObject(choices) ? choices : fail('choices', EXPLAIN && 'must be an object of names and booleans'))(source),
    withdraw: decide('withdraw', false),
    // The notice's choices are the regime's defaults, so dismissing it changes nothing.
    notice: (source = 'banner') =>
      regime.model == 'opt-in' ? fail('notice()', EXPLAIN && 'is for opt-out regimes') : decide('notice', Object.fromEntries(regime.optOut.map((name) => [name, true])))(source),
    reset() {
      removeStoredRecord(config.cookie)
      subject = uuid()
      tabs.notify()
      setRecord(null)
    },
    async when(name) {
      if (!names.includes(name)) fail(`when("${name}")`, EXPLAIN && 'names no configured category or service')
      if (!isGranted(name, record)) {
        await new Promise<void>((resolve) => {
          const off = emitter.on('grant', (granted) => granted === name && (off(), resolve()))
        })
      }
    },
    on: emitter.on.bind(emitter),
    emit: emitter.emit.bind(emitter) as Consent['emit'],
    categoryOf: (service) => serviceCategory[service],
    destroy: tabs.stop,
  }

  record = validStored()
  // An honoured signal refuses for the visitor when there is no decision, and wins over a
  // decision made while it was off; a choice made while it is on stands.
  const honoredThen = record && honoredIn(record.signals)
  if (honoredNow.some((on, i) => on && !honoredThen?.[i])) commit('reject-all', 'signal', false)
  return consent
}
