// @vitest-environment node
// renderBannerHTML in Node: the banner as HTML for a server render, texts escaped.
import { describe, expect, it } from 'vitest'
import { renderBannerHTML } from '../../src/ui/server-banner'

const config = { policy: { version: '1', url: '/privacy' } }

describe('renderBannerHTML', () => {
  it('is a host with a declarative open shadow root holding the styles and the banner with its stable hooks', () => {
    const html = renderBannerHTML(config)
    // The host is the box (placed by its layout class) and tells its state from the light DOM.
    expect(html).toMatch(/^<assent-ui class="auto bar" lang="en" data-assent-ssr="" data-assent-state="banner"><template shadowrootmode="open"><style>:host\(:not\(\[popover\]\)\)\{z-index:2147483647/)
    expect(html).toContain('<div aria-label="Your privacy choices" class="bar" data-assent-banner="" role="region" data-assent-ssr="">')
    for (const action of ['close', 'accept-all', 'reject-all', 'preferences']) expect(html).toContain(`data-assent-action="${action}"`)
    expect(html).toContain('<a href="/privacy">Privacy policy</a>')
    expect(html.endsWith('</div></template></assent-ui>')).toBe(true)
  })

  it('renders config and texts as text, never markup, and drops a javascript: policy link', () => {
    const html = renderBannerHTML({ policy: { version: '1', url: 'javascript:alert(1)' } }, {
      texts: { en: { title: '<img src=x onerror=alert(1)>', description: 'a "quoted" & <b>bold</b> text' } },
    })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('aria-label="&lt;img src=x onerror=alert(1)&gt;"')
    expect(html).toContain('<p>a &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; text</p>')
    expect(html).not.toContain('javascript:')
  })

  it('takes layout, theme, language and nonce from the UI options; nothing for the modal layout', () => {
    const html = renderBannerHTML(config, { layout: 'box', theme: 'dark', language: 'de-AT', nonce: 'n0nce', texts: { de: { acceptAll: 'Alle akzeptieren' } } })
    expect(html).toMatch(/^<assent-ui class="dark box" lang="de"/)
    expect(html).toContain('class="box"')
    expect(html).toContain('<style nonce="n0nce">')
    expect(html).toContain('>Alle akzeptieren</button>')
    expect(renderBannerHTML(config, { layout: 'modal' })).toBe('')
  })

  it('a bad option throws naming the field', () => {
    expect(() => renderBannerHTML(config, { layout: 'sideways' as 'bar' })).toThrow(/ui\.layout/)
  })
})
