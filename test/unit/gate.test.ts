// assent/gate in happy-dom: options, activation of non-script elements, script copies,
// placeholders, clean-up of refused services' storage. Script execution order, CSP, Trusted
// Types and parent-domain cookies are tested in real Chromium (test/browser/gate-*.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createConsent } from '../../src/index'
import { gate } from '../../src/gate/index'
import type { Consent, ConsentConfig } from '../../src/core/types'

const config = (): ConsentConfig => ({
  policy: { version: '1' },
  categories: {
    necessary: { required: true },
    analytics: { services: { ga4: { cookies: ['_ga', '_ga_*'] }, hotjar: { storage: ['_hj*'] } } },
    marketing: { services: { youtube: {}, facebook: { cookies: ['_fbp'] } } },
  },
})

let consent: Consent
/** Names of cookies with a value (happy-dom keeps a cookie deleted with max-age=0 as an empty one). */
const cookieNames = () => document.cookie.split(/; */).filter((pair) => !pair.endsWith('=')).map((pair) => pair.split('=')[0]).sort()
let stop: () => void = () => {}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

function clearCookies(): void {
  for (const pair of document.cookie.split(/; */)) {
    const name = pair.split('=')[0]
    if (name) document.cookie = `${name}=;path=/;max-age=0`
  }
}

beforeEach(() => {
  clearCookies()
  localStorage.clear()
  sessionStorage.clear()
  document.body.replaceChildren()
  consent = createConsent(config())
})
afterEach(() => {
  stop()
  stop = () => {}
  consent.destroy()
})

describe('gate options', () => {
  it('throws AssentConfigError naming the field', () => {
    expect(() => gate(consent, { reloadOnRevoke: 'yes' } as never)).toThrow('assent: gate.reloadOnRevoke must be a boolean')
    expect(() => gate(consent, { realoadOnRevoke: true } as never)).toThrow('assent: gate.realoadOnRevoke is not a known option')
    expect(() => gate(consent, { texts: { blocked: 1 } } as never)).toThrow('assent: gate.texts.blocked must be a string')
    expect(() => gate(consent, { texts: { title: 'x' } } as never)).toThrow('assent: gate.texts.title is not a known option')
    expect(() => gate(consent, { nonce: 5 } as never)).toThrow('assent: gate.nonce must be a string')
  })
})

describe('activation', () => {
  it('moves data-assent-src to src (href on link) only once the category is granted', () => {
    document.body.innerHTML = `
      <img id="pixel" data-assent="analytics" data-assent-src="/pixel.gif">
      <link id="css" rel="stylesheet" data-assent="analytics" data-assent-src="/a.css">
      <iframe id="video" data-assent="marketing" data-assent-src="/embed"></iframe>`
    stop = gate(consent)
    const pixel = document.getElementById('pixel')!
    expect(pixel.hasAttribute('src')).toBe(false)
    consent.save({ analytics: true })
    expect(pixel.getAttribute('src')).toBe('/pixel.gif')
    expect(pixel.hasAttribute('data-assent-src')).toBe(false)
    expect(document.getElementById('css')!.getAttribute('href')).toBe('/a.css')
    expect(document.getElementById('video')!.hasAttribute('src')).toBe(false)
  })

  it('activates at start-up for a stored decision', () => {
    consent.acceptAll()
    document.body.innerHTML = '<img id="pixel" data-assent="analytics" data-assent-src="/pixel.gif">'
    stop = gate(consent)
    expect(document.getElementById('pixel')!.getAttribute('src')).toBe('/pixel.gif')
  })

  it('gates by service when one is named', () => {
    document.body.innerHTML = `
      <img id="ga" data-assent="analytics" data-assent-service="ga4" data-assent-src="/ga.gif">
      <img id="hj" data-assent="analytics" data-assent-service="hotjar" data-assent-src="/hj.gif">`
    stop = gate(consent)
    consent.save({ analytics: true, hotjar: false })
    expect(document.getElementById('ga')!.getAttribute('src')).toBe('/ga.gif')
    expect(document.getElementById('hj')!.hasAttribute('src')).toBe(false)
    consent.save({ ga4: false, hotjar: true })
    expect(document.getElementById('hj')!.getAttribute('src')).toBe('/hj.gif')
  })

  it('handles gated elements added later, at any depth', async () => {
    stop = gate(consent)
    const wrapper = document.createElement('section')
    wrapper.innerHTML = '<div><p><img id="deep" data-assent="analytics" data-assent-src="/deep.gif"></p></div>'
    document.body.append(wrapper)
    await flush()
    const deep = document.getElementById('deep')!
    expect(deep.hasAttribute('src')).toBe(false)
    consent.save({ analytics: true })
    expect(deep.getAttribute('src')).toBe('/deep.gif')
    const late = document.createElement('img')
    late.setAttribute('data-assent', 'analytics')
    late.setAttribute('data-assent-src', '/late.gif')
    document.body.append(late)
    await flush()
    expect(late.getAttribute('src')).toBe('/late.gif')
  })

  it('replaces a gated script by a new element with its other attributes and the nonce property', async () => {
    document.body.innerHTML = `<p id="before"></p><script type="text/plain" id="tag" data-assent="analytics" data-assent-service="ga4"
      data-assent-src="/ga.js" data-assent-type="module" integrity="sha384-x" crossorigin="anonymous" referrerpolicy="no-referrer" data-site="k"></script>`
    const original = document.getElementById('tag') as HTMLScriptElement
    original.nonce = 'n0nce'
    stop = gate(consent)
    consent.acceptAll()
    await flush()
    const live = document.getElementById('tag') as HTMLScriptElement
    expect(live).not.toBe(original)
    expect(original.isConnected).toBe(false)
    expect(live.previousElementSibling!.id).toBe('before')
    expect(live.getAttribute('src')).toBe('/ga.js')
    expect(live.type).toBe('module')
    expect(live.nonce).toBe('n0nce')
    expect(live.async).toBe(false)
    expect([live.integrity, live.crossOrigin, live.referrerPolicy, live.dataset.site]).toEqual(['sha384-x', 'anonymous', 'no-referrer', 'k'])
    expect([...live.attributes].map((a) => a.name).filter((n) => n.startsWith('data-assent'))).toEqual([])
  })

  it('leaves scripts that are not type="text/plain" alone (they already ran)', async () => {
    document.body.innerHTML = '<script id="plain" type="application/json" data-assent="analytics">{}</script>'
    const original = document.getElementById('plain')
    stop = gate(consent)
    consent.acceptAll()
    await flush()
    expect(document.getElementById('plain')).toBe(original)
  })

  it('activates nothing twice, whatever the sequence of grants and revokes', async () => {
    document.body.innerHTML = '<script type="text/plain" id="tag" data-assent="analytics" data-assent-service="ga4">1</script>'
    const original = document.getElementById('tag')!
    stop = gate(consent)
    consent.save({ analytics: true })
    consent.withdraw()
    consent.save({ ga4: true })
    consent.acceptAll()
    await flush()
    const live = document.getElementById('tag')!
    expect(live).not.toBe(original)
    expect(document.querySelectorAll('script').length).toBe(1)
    // The page moving the original node back in must not run it again.
    document.body.append(original)
    await flush()
    consent.acceptAll()
    await flush()
    expect(document.querySelectorAll('script:not([type="text/plain"])').length).toBe(1)
    expect(document.querySelector('script')).toBe(live)
  })

  it('stops: later grants and later elements are ignored', async () => {
    document.body.innerHTML = '<img id="pixel" data-assent="analytics" data-assent-src="/pixel.gif">'
    gate(consent)()
    consent.acceptAll()
    const late = document.createElement('img')
    late.setAttribute('data-assent', 'analytics')
    late.setAttribute('data-assent-src', '/late.gif')
    document.body.append(late)
    await flush()
    expect(document.getElementById('pixel')!.hasAttribute('src')).toBe(false)
    expect(late.hasAttribute('src')).toBe(false)
  })
})

describe('placeholders', () => {
  it('shows what is blocked, and its button grants that service keeping every other choice', () => {
    consent.save({ analytics: true, hotjar: false })
    document.body.innerHTML = '<iframe id="yt" data-assent="marketing" data-assent-service="youtube" data-assent-src="/embed" data-assent-placeholder></iframe>'
    stop = gate(consent)
    const frame = document.getElementById('yt')!
    const box = frame.previousElementSibling as HTMLElement
    expect(box.className).toBe('assent-placeholder')
    expect(frame.style.display).toBe('none')
    expect(box.querySelector('strong')!.textContent).toBe('Youtube')
    expect(box.querySelector('p')!.textContent).toBe('Loading this content shares your IP address and browser details with its provider.')
    const button = box.querySelector('button')!
    expect(button.textContent).toBe('Allow Youtube')
    expect(box.querySelector('[data-assent-open]')!.textContent).toBe('Privacy preferences')
    button.click()
    expect(consent.record!.choices).toEqual({ necessary: true, analytics: true, marketing: false })
    expect(consent.record!.services).toEqual({ ga4: true, hotjar: false, youtube: true, facebook: false })
    expect(frame.getAttribute('src')).toBe('/embed')
    expect(frame.style.display).toBe('')
    expect(box.isConnected).toBe(false)
  })

  it('grants only that service when there is no decision yet, and takes texts from options and the attribute', () => {
    document.body.innerHTML = `
      <iframe id="a" data-assent="marketing" data-assent-service="youtube" data-assent-src="/a" data-assent-placeholder="Videos need your OK"></iframe>
      <iframe id="b" data-assent="marketing" data-assent-src="/b" data-assent-placeholder></iframe>`
    stop = gate(consent, { texts: { blocked: '{name} ist blockiert', allow: '{name} erlauben' } })
    const [first, second] = [...document.querySelectorAll('.assent-placeholder')]
    expect(first.querySelector('p')!.textContent).toBe('Videos need your OK')
    expect(first.querySelector('button')!.textContent).toBe('Youtube erlauben')
    expect(second.querySelector('p')!.textContent).toBe('Marketing ist blockiert')
    first.querySelector('button')!.click()
    expect(consent.record!.choices.marketing).toBe(false)
    expect(consent.record!.services).toEqual({ ga4: false, hotjar: false, youtube: true, facebook: false })
    expect(document.getElementById('b')!.hasAttribute('src')).toBe(false)
    expect(document.querySelectorAll('.assent-placeholder').length).toBe(1)
  })

  it('renders config text as text, never as markup', () => {
    document.body.innerHTML = '<iframe data-assent="marketing" data-assent-src="/a" data-assent-placeholder="&lt;img src=x onerror=alert(1)&gt;"></iframe>'
    stop = gate(consent)
    const box = document.querySelector('.assent-placeholder')!
    expect(box.querySelector('img')).toBeNull()
    expect(box.querySelector('p')!.textContent).toBe('<img src=x onerror=alert(1)>')
  })

  it('are removed by stop()', () => {
    document.body.innerHTML = '<iframe id="a" data-assent="marketing" data-assent-src="/a" data-assent-placeholder></iframe>'
    const stopGate = gate(consent)
    expect(document.querySelectorAll('.assent-placeholder').length).toBe(1)
    stopGate()
    expect(document.querySelectorAll('.assent-placeholder').length).toBe(0)
    expect(document.getElementById('a')!.style.display).toBe('')
  })

  it("name the service by its config name, say what it shares by its description, and give the page's inline display back", () => {
    consent.destroy()
    const withNames = config()
    withNames.categories.marketing.services!.youtube = { name: 'YouTube', description: 'Google learns what you watch.' }
    consent = createConsent(withNames)
    document.body.innerHTML = '<iframe id="yt" style="display: block" data-assent="marketing" data-assent-service="youtube" data-assent-src="/embed" data-assent-placeholder></iframe>'
    stop = gate(consent, { texts: { preferences: '' } })
    const box = document.querySelector('.assent-placeholder')!
    expect(box.querySelector('strong')!.textContent).toBe('YouTube')
    expect(box.querySelector('p')!.textContent).toBe('Google learns what you watch.')
    expect([...box.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Allow YouTube'])
    box.querySelector('button')!.click()
    expect(document.getElementById('yt')!.style.display).toBe('block')
  })
})

describe('clean-up of refused services', () => {
  it('deletes declared cookies and storage keys on revoke and leaves everything else', () => {
    stop = gate(consent)
    consent.acceptAll()
    document.cookie = '_ga=1;path=/'
    document.cookie = '_ga_ABC=2;path=/'
    document.cookie = '_gab=keep;path=/'
    document.cookie = '_fbp=3;path=/'
    document.cookie = 'site=keep;path=/'
    localStorage.setItem('_hjSession', 'x')
    sessionStorage.setItem('_hjTab', 'x')
    localStorage.setItem('_hk', 'keep')
    consent.save({ analytics: false, marketing: true })
    expect(cookieNames()).toEqual(['_fbp', '_gab', 'assent', 'site'])
    expect(Object.keys(localStorage).sort()).toEqual(['_hk'])
    expect(Object.keys(sessionStorage)).toEqual([])
  })

  it('treats glob characters other than * literally', () => {
    const dotted = createConsent({ policy: { version: '1' }, categories: { analytics: { services: { x: { cookies: ['a.b*'] } } } } })
    document.cookie = 'a.bc=1;path=/'
    document.cookie = 'axbc=keep;path=/'
    dotted.rejectAll()
    stop = gate(dotted)
    expect(cookieNames()).toEqual(['assent', 'axbc'])
    dotted.destroy()
  })

  it('keeps cookies while there is no decision (another subdomain may have allowed them), and after reset()', () => {
    document.cookie = '_ga=1;path=/'
    stop = gate(consent)
    expect(cookieNames()).toEqual(['_ga'])
    consent.acceptAll()
    consent.reset()
    expect(cookieNames()).toEqual(['_ga'])
  })

  it('never deletes the consent cookie, even when a glob matches it', () => {
    const greedy = createConsent({ policy: { version: '1' }, categories: { analytics: { services: { x: { cookies: ['*'] } } } } })
    greedy.rejectAll()
    stop = gate(greedy)
    greedy.rejectAll()
    expect(document.cookie).toContain('assent=')
    greedy.destroy()
  })
})
