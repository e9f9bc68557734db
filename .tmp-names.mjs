import { chromium } from 'playwright-core'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] })
const p = await b.newPage()
console.log(await p.evaluate(() => [Node, Element, CharacterData, DocumentFragment, Range, Document, ShadowRoot].map((t) => t.name + ': ' + Object.getOwnPropertyNames(t.prototype).filter((n) => typeof Object.getOwnPropertyDescriptor(t.prototype, n).value == 'function').join(' '))))
console.log(await p.evaluate(async () => { try { await fetch('data:') } catch (e) { return e.constructor.name + ': ' + e.message } }))
await b.close()
