// assent/react in happy-dom, with react-dom/client and act: the hooks and <Consent> through
// grant, revoke, withdraw, reset and a second tab's change; the server render and hydration;
// unmount cleans up.
import { createElement as h, StrictMode, type ReactNode } from 'react'
import { createRoot, hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { act, version } from 'react'
import { version as domVersion } from 'react-dom'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createConsent } from '../../src/index'
import { AssentProvider, Consent, useConsent, useGranted, type AssentPlugin } from '../../src/react/index'
import type { Consent as ConsentInstance, ConsentRecord } from '../../src/core/types'
import { baseConfig, clearCookies } from './core-fixtures'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLElement
let root: Root | undefined
const others: ConsentInstance[] = []
beforeEach(() => {
  clearCookies()
  container = document.body.appendChild(document.createElement('div'))
})
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  container.remove()
  others.splice(0).forEach((other) => other.destroy())
  document.querySelectorAll('assent-ui').forEach((host) => host.remove())
})

function Probe() {
  const consent = useConsent()
  return h('output', null, `analytics:${useGranted('analytics')} ga4:${useGranted('ga4')} necessary:${useGranted('necessary')} decided:${consent?.decided ?? 'none'}`)
}

const page = () =>
  h('main', null, h(Probe), h(Consent, { name: 'marketing', fallback: h('p', null, 'no video') }, h('figure', { 'data-video': '' })))

async function render(node: ReactNode) {
  root = createRoot(container)
  await act(async () => root!.render(node))
}

const text = () => container.querySelector('output')!.textContent
const video = () => !!container.querySelector('figure[data-video]')

describe('assent/react', () => {
  // The same tests run on React 19 (project unit) and React 18 (project unit-react18, which
  // aliases both packages): a wrong alias would otherwise test React 19 twice.
  it('runs on the React its project names', () => {
    const major = process.env.ASSENT_REACT_MAJOR ?? '19'
    expect([version, domVersion].map((full) => full.split('.')[0])).toEqual([major, major])
  })

  it('follows grant, revoke, withdraw and reset', async () => {
    let consent!: ConsentInstance
    const capture: AssentPlugin = (live) => void (consent = live)
    await render(h(AssentProvider, { config: baseConfig(), ui: false, plugins: [capture] }, page()))
    expect(text()).toBe('analytics:false ga4:false necessary:true decided:false')
    expect(video()).toBe(false)
    expect(container.textContent).toContain('no video')
    await act(async () => void consent.acceptAll())
    expect(text()).toBe('analytics:true ga4:true necessary:true decided:true')
    expect(video()).toBe(true)
    await act(async () => void consent.save({ analytics: true, ga4: false }))
    expect(text()).toBe('analytics:true ga4:false necessary:true decided:true')
    expect(video()).toBe(false)
    await act(async () => void consent.acceptAll())
    await act(async () => void consent.withdraw())
    expect(text()).toBe('analytics:false ga4:false necessary:true decided:true')
    expect(video()).toBe(false)
    await act(async () => void consent.reset())
    expect(text()).toBe('analytics:false ga4:false necessary:true decided:false')
  })

  it("follows a second tab's decision and withdrawal", async () => {
    let consent!: ConsentInstance
    await render(h(AssentProvider, { config: baseConfig(), ui: false, plugins: [(live) => void (consent = live)] }, page()))
    const tab = createConsent(baseConfig())
    others.push(tab)
    // Wait for this page's core to hear the other tab (BroadcastChannel) inside act, and look
    // at the page after act: React 18 renders an async act's updates only when it ends.
    tab.acceptAll()
    await act(() => vi.waitFor(() => expect(consent.decided).toBe(true)))
    expect(text()).toBe('analytics:true ga4:true necessary:true decided:true')
    expect(video()).toBe(true)
    tab.withdraw()
    await act(() => vi.waitFor(() => expect(consent.record?.action).toBe('withdraw')))
    expect(video()).toBe(false)
    expect(text()).toBe('analytics:false ga4:false necessary:true decided:true')
  })

  it('a returning visitor sees granted content in the first client render', async () => {
    const earlier = createConsent(baseConfig())
    earlier.acceptAll()
    earlier.destroy()
    await render(h(AssentProvider, { config: baseConfig(), ui: false }, page()))
    expect(video()).toBe(true)
    expect(text()).toContain('decided:true')
  })

  it('mounts the UI (banner for an undecided visitor) and removes it on unmount, with plugins stopped and the core destroyed', async () => {
    const stop = vi.fn()
    let destroy!: ReturnType<typeof vi.fn>
    const plugin: AssentPlugin = (live) => {
      const original = live.destroy
      live.destroy = destroy = vi.fn(original)
      return stop
    }
    await render(h(StrictMode, null, h(AssentProvider, { config: baseConfig(), plugins: [plugin] }, page())))
    // StrictMode mounts, unmounts and mounts again: one UI and one live core remain.
    expect(document.querySelectorAll('assent-ui')).toHaveLength(1)
    expect(document.querySelector('assent-ui')!.shadowRoot!.querySelector('[data-assent-banner]')).not.toBeNull()
    expect(stop).toHaveBeenCalledTimes(1)
    stop.mockClear()
    act(() => root!.unmount())
    root = undefined
    expect(document.querySelectorAll('assent-ui')).toHaveLength(0)
    expect(stop).toHaveBeenCalledTimes(1)
    expect(destroy).toHaveBeenCalledTimes(1)
  })

  it('creates the core once per mount: a new config object on a later render makes no new core', async () => {
    const cores: ConsentInstance[] = []
    const plugins: AssentPlugin[] = [(live) => void cores.push(live)]
    await render(h(AssentProvider, { config: baseConfig(), ui: false, plugins }, page()))
    await act(async () => root!.render(h(AssentProvider, { config: baseConfig(), ui: false, plugins }, page())))
    await act(async () => void cores[0].acceptAll())
    expect(cores).toHaveLength(1)
    expect(text()).toBe('analytics:true ga4:true necessary:true decided:true')
  })

  it('starts the plugins in order with the core and stops them in reverse on unmount; ui options reach the UI', async () => {
    const calls: string[] = []
    const plugin = (name: string): AssentPlugin => (live) => {
      calls.push(`start ${name} ${live.decided}`)
      return () => void calls.push(`stop ${name}`)
    }
    await render(h(AssentProvider, { config: baseConfig(), ui: { texts: { en: { title: 'Cookies, briefly' } } }, plugins: [plugin('a'), plugin('b')] }, page()))
    expect(calls).toEqual(['start a false', 'start b false'])
    expect(document.querySelector('assent-ui')!.shadowRoot!.querySelector('[data-assent-banner]')!.textContent).toContain('Cookies, briefly')
    act(() => root!.unmount())
    root = undefined
    expect(calls.slice(2)).toEqual(['stop b', 'stop a'])
  })

  it('a given core is used and not destroyed on unmount; its listeners are unbound', async () => {
    const consent = createConsent(baseConfig())
    others.push(consent)
    const bound: Array<() => void> = []
    const on = consent.on
    consent.on = ((event, listener) => {
      const off = vi.fn(on(event, listener))
      bound.push(off)
      return off
    }) as typeof on
    const destroy = vi.spyOn(consent, 'destroy')
    await render(h(AssentProvider, { consent, ui: false }, page()))
    await act(async () => void consent.acceptAll())
    expect(video()).toBe(true)
    act(() => root!.unmount())
    root = undefined
    expect(destroy).not.toHaveBeenCalled()
    expect(bound.length).toBeGreaterThan(0)
    for (const off of bound) expect(off).toHaveBeenCalled()
  })

  it('placeholder: allows just that service and keeps the other choices', async () => {
    let consent!: ConsentInstance
    await render(h(AssentProvider, { config: baseConfig(), ui: false, plugins: [(live) => void (consent = live)] },
      h(Consent, { name: 'youtube', placeholder: true }, h('figure', { 'data-video': '' }))))
    await act(async () => void consent.save({ analytics: true }))
    const box = container.querySelector('.assent-placeholder')!
    expect(box.getAttribute('data-assent-blocked')).toBe('youtube')
    expect(box.textContent).toContain('This content from youtube is blocked until you allow it.')
    await act(async () => (box.querySelector('button') as HTMLButtonElement).click())
    expect(video()).toBe(true)
    expect(consent.granted('youtube')).toBe(true)
    expect(consent.granted('facebook')).toBe(false)
    expect(consent.granted('analytics')).toBe(true)
  })

  it('placeholder texts: {name} filled in, as text', async () => {
    await render(h(AssentProvider, { config: baseConfig(), ui: false },
      h(Consent, { name: 'youtube', placeholder: { blocked: '<b>{name}</b> waits.', allow: 'Let {name} in' } }, h('figure', { 'data-video': '' }))))
    const box = container.querySelector('.assent-placeholder')!
    expect(box.querySelector('p')!.textContent).toBe('<b>youtube</b> waits.')
    expect(box.querySelector('b')).toBeNull()
    expect(box.querySelector('button')!.textContent).toBe('Let youtube in')
  })

  it('server render from the record, and hydration that agrees without a warning', async () => {
    const earlier = createConsent(baseConfig())
    const record: ConsentRecord = earlier.save({ analytics: true })
    earlier.destroy()
    const app = (from: ConsentRecord | null) => h(AssentProvider, { config: baseConfig(), ui: false, record: from }, page())
    const html = renderToString(app(record))
    expect(html).toContain('analytics:true ga4:true necessary:true decided:none')
    expect(html).toContain('no video')
    expect(renderToString(app(null))).toContain('analytics:false ga4:false necessary:true decided:none')

    container.innerHTML = html
    const errors = vi.spyOn(console, 'error')
    const recoverable = vi.fn()
    await act(async () => void (root = hydrateRoot(container, app(record), { onRecoverableError: recoverable })))
    expect(recoverable).not.toHaveBeenCalled()
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
    // After hydration the live core answers (it read the same cookie).
    expect(text()).toBe('analytics:true ga4:true necessary:true decided:true')
  })

  it('the server render has the banner for record null only, and hydration keeps that host for mountUI', async () => {
    const app = (props: object) => h(AssentProvider, { config: baseConfig(), ...props }, page())
    const undecided = renderToString(app({ record: null }))
    expect(undecided).toMatch(/^<assent-ui class="auto bar" lang="en" data-assent-ssr="" data-assent-state="banner"><template shadowrootmode="open">/)
    expect(undecided).toContain('data-assent-banner')
    // A decided visitor, a server that read no cookie (record not given), and no UI: no banner markup.
    const decided = createConsent(baseConfig())
    const record = decided.rejectAll()
    decided.destroy()
    clearCookies()
    expect(renderToString(app({ record }))).not.toContain('assent-ui')
    expect(renderToString(app({}))).not.toContain('assent-ui')
    expect(renderToString(app({ record: null, ui: false }))).not.toContain('assent-ui')
    expect(renderToString(app({ record: null, ui: { layout: 'modal' } }))).not.toContain('assent-ui')

    // happy-dom (like a browser without declarative shadow DOM) leaves the template inert:
    // mountUI takes the host and builds the banner in it. One host, kept by React.
    container.innerHTML = undecided
    const errors = vi.spyOn(console, 'error')
    const recoverable = vi.fn()
    await act(async () => void (root = hydrateRoot(container, app({ record: null }), { onRecoverableError: recoverable })))
    expect(recoverable).not.toHaveBeenCalled()
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
    const hosts = document.querySelectorAll('assent-ui')
    expect(hosts).toHaveLength(1)
    expect(hosts[0].parentElement).toBe(container)
    expect(hosts[0].className).toBe('auto bar')
    expect(hosts[0].shadowRoot!.querySelector('[data-assent-banner]')).not.toBeNull()
    act(() => root!.unmount())
    root = undefined
    expect(document.querySelectorAll('assent-ui')).toHaveLength(0)
  })

  it('a client-only render puts no host of its own: mountUI adds it to <body>', async () => {
    await render(h(AssentProvider, { config: baseConfig(), record: null }, page()))
    expect(container.querySelector('assent-ui')).toBeNull()
    expect(document.body.firstElementChild!.tagName).toBe('ASSENT-UI')
  })
})
