// The tools compared, each set up the same way: three categories (necessary, analytics,
// marketing), a banner with accept all / reject all / preferences, and two gated inline scripts
// that call __bench.ran(name). Each page follows the tool's own documented script-tag set-up.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`))
const versionOf = (name) => require(`${name}/package.json`).version

/** assent's built package: ASSENT_DIST (relative to the repo root) or the repo's dist/. */
export const assentDist = resolve(here, '..', process.env.ASSENT_DIST || 'dist')

/** The banner's texts on assent's page (its config; renderBannerHTML takes the same). */
export const pageTexts = { title: 'We use cookies', description: 'We use cookies for analytics and marketing. You can accept, reject or choose.' }

/** The page around each tool: some content to lay out, the tool's tags, the gated scripts. */
function page({ head = '', bodyStart = '', gated, bodyEnd = '' }) {
  const paragraphs = Array.from({ length: 12 }, (_, i) =>
    `<p>Paragraph ${i + 1}. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>`).join('\n')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 50rem; margin: 0 auto; padding: 1rem }</style>
${head}</head><body>${bodyStart}
<h1>A page with a consent banner</h1>
${paragraphs}
${gated('analytics')}
${gated('marketing')}
${bodyEnd}</body></html>`
}

/** assent's script tag from `dir` (a build of this repository, or a variant of it). */
function assentTool({ id, name, dir, variantOf, scriptAttributes = '', inline = false }) {
  return {
    id,
    name,
    variantOf,
    version: () => require(join(here, '..', 'package.json')).version,
    dir,
    // The script-tag bundle carries its CSS (constructed stylesheets in a shadow root).
    files: inline ? [] : ['assent.js'],
    html: () => page({
      head: `<script type="application/json" id="assent-config">${JSON.stringify({
        policy: { version: '1', url: '/privacy' },
        categories: { necessary: { required: true }, analytics: {}, marketing: {} },
        ui: { texts: { en: pageTexts } },
      })}</script>
${inline ? `<script>${readFileSync(join(dir(), 'assent.js'), 'utf8')}</script>` : `<script${scriptAttributes} src="/t/${id}/assent.js"></script>`}`,
      gated: (name) => `<script type="text/plain" data-assent="${name}">__bench.ran('${name}')</script>`,
    }),
    banner: '[data-assent-banner]',
    acceptAll: '[data-assent-banner] [data-assent-action="accept-all"]',
    rejectAll: '[data-assent-banner] [data-assent-action="reject-all"]',
    preferences: '[data-assent-banner] [data-assent-action="preferences"]',
  }
}

/** The reference row: the same page with the same two scripts not gated, and no tool at all. */
export const noTool = {
  id: 'none',
  name: 'no consent tool',
  reference: true,
  version: () => '',
  dir: () => join(here, 'no-files'),
  files: [],
  html: () => page({ gated: (name) => `<script>__bench.ran('${name}')</script>` }),
  // Never matches: the page probe runs its per-frame banner check as on every other page.
  banner: '[data-bench-no-banner]',
}

/**
 * The floor of any markup gate, as reference rows (`FLOOR=1` in bench:return): `floor` is
 * bench/floor/assent.js, the least a script-tag gate can do (one cookie read, one observer, a
 * live copy of each gated inline script; no config, UI or checks), loaded as assent is;
 * `floor-inline` the same code inline in the page (no file to wait for); `blank` the no-tool
 * page with an empty parser-blocking `<script src>` in its head (what waiting for any file costs).
 */
export const floorRows = () => [
  assentTool({ id: 'floor', name: 'floor gate', variantOf: 'assent', dir: () => join(here, 'floor') }),
  assentTool({ id: 'floor-inline', name: 'floor gate, inline', variantOf: 'assent', dir: () => join(here, 'floor'), inline: true }),
  {
    ...noTool,
    id: 'blank',
    name: 'no consent tool, an empty <script src> in <head>',
    dir: () => join(here, 'floor'),
    files: ['blank.js'],
    html: () => page({ head: '<script src="/t/blank/blank.js"></script>', gated: (name) => `<script>__bench.ran('${name}')</script>` }),
  },
]

/** assent's build with its compile hint disabled (compile-hint.js writes the file to `dir`). */
// Any other file the page asks for (a chunk, should the build grow one) comes from the build.
export const assentWithoutHint = (dir) => ({
  ...assentTool({ id: 'assent-nohint', name: 'assent without compile hint', variantOf: 'assent', dir: () => dir }),
  fallbackDir: () => assentDist,
})

/**
 * Other builds of assent, each a row beside assent's (an A/B in the same run): BENCH_VARIANTS,
 * `id=dir` pairs, comma-separated, each dir a build (relative to the repository root, e.g.
 * made with `ASSENT_OUT=.tmp/x npm run build`).
 */
/**
 * The same build with `<script defer>`: what FCP is when the bundle does not hold the parser
 * (a set-up without autoblock, whose gated tags wait anyway). BENCH_DEFER=1.
 */
export const assentDeferred = () => ({
  ...assentTool({ id: 'assent-defer', name: 'assent, <script defer>', variantOf: 'assent', dir: () => assentDist, scriptAttributes: ' defer' }),
})

/**
 * The same build inline in the page (`<script>` with the bundle's text; a strict CSP would
 * need its nonce or hash): what the return visit costs without fetching the file. BENCH_INLINE=1.
 */
export const assentInline = () => ({
  ...assentTool({ id: 'assent-inline', name: 'assent, inline <script>', variantOf: 'assent', dir: () => assentDist, inline: true }),
})

export function assentVariants(spec = process.env.BENCH_VARIANTS) {
  return (spec ? spec.split(',') : []).map((pair) => {
    const [id, dir] = pair.split('=').map((part) => part?.trim())
    if (!id || !dir || !/^[a-z0-9-]+$/.test(id)) throw new Error(`BENCH_VARIANTS: \`${pair}\` is not id=dir (id: a-z, 0-9, -)`)
    return assentTool({ id, name: `assent (${id})`, variantOf: 'assent', dir: () => resolve(here, '..', dir) })
  })
}

export const tools = [
  assentTool({ id: 'assent', name: 'assent', dir: () => assentDist }),
  {
    id: 'cookieconsent',
    name: 'vanilla-cookieconsent',
    version: () => versionOf('vanilla-cookieconsent'),
    dir: () => join(packageDir('vanilla-cookieconsent'), 'dist'),
    files: ['cookieconsent.umd.js', 'cookieconsent.css'],
    html: () => page({
      head: `<link rel="stylesheet" href="/t/cookieconsent/cookieconsent.css">`,
      gated: (name) => `<script type="text/plain" data-category="${name}">__bench.ran('${name}')</script>`,
      // As its docs do: the library and run() at the end of <body>, after the gated scripts.
      bodyEnd: `<script src="/t/cookieconsent/cookieconsent.umd.js"></script>
<script>CookieConsent.run({
  // Its default treats navigator.webdriver (any automated browser) as a bot and shows nothing.
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: '${pageTexts.title}', description: '${pageTexts.description}', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Preferences' },
    preferencesModal: { title: 'Preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save', closeIconLabel: 'Close',
      sections: [
        { title: 'Necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
        { title: 'Analytics', description: 'Measure visits.', linkedCategory: 'analytics' },
        { title: 'Marketing', description: 'Personalised ads.', linkedCategory: 'marketing' },
      ] },
  } } },
})</script>`,
    }),
    banner: '#cc-main .cm',
    acceptAll: '#cc-main .cm [data-role="all"]',
    rejectAll: '#cc-main .cm [data-role="necessary"]',
    preferences: '#cc-main .cm [data-role="show"]',
  },
  {
    id: 'klaro',
    name: 'klaro',
    version: () => versionOf('klaro'),
    dir: () => join(packageDir('klaro'), 'dist'),
    // klaro.js is the documented script-tag file; it carries its CSS and translations.
    files: ['klaro.js'],
    html: () => page({
      head: `<script>var klaroConfig = {
  version: 1, elementID: 'klaro', storageMethod: 'cookie', cookieName: 'klaro', acceptAll: true, hideDeclineAll: false,
  lang: 'en',
  translations: { en: { consentNotice: { description: '${pageTexts.description}' }, purposes: { analytics: 'Analytics', marketing: 'Marketing' } } },
  services: [
    { name: 'analytics', title: 'Analytics', purposes: ['analytics'] },
    { name: 'marketing', title: 'Marketing', purposes: ['marketing'] },
  ],
}</script>
<script defer src="/t/klaro/klaro.js"></script>`,
      gated: (name) => `<script type="text/plain" data-type="text/javascript" data-name="${name}">__bench.ran('${name}')</script>`,
    }),
    banner: '.klaro .cookie-notice',
    acceptAll: '.klaro .cookie-notice .cm-btn-success',
    rejectAll: '.klaro .cookie-notice .cm-btn-danger',
    preferences: '.klaro .cookie-notice .cm-link',
  },
  {
    id: 'tarteaucitron',
    name: 'tarteaucitronjs',
    version: () => versionOf('tarteaucitronjs'),
    dir: () => packageDir('tarteaucitronjs'),
    // The minified entry, which then loads the minified services, English texts and CSS.
    files: ['tarteaucitron.min.js', 'tarteaucitron.services.min.js', 'lang/tarteaucitron.en.min.js', 'css/tarteaucitron.min.css'],
    html: () => page({
      head: `<script src="/t/tarteaucitron/tarteaucitron.min.js"></script>
<script>tarteaucitron.init({
  privacyUrl: '/privacy', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron', orientation: 'bottom',
  showAlertSmall: false, cookieslist: false, showIcon: false, highPrivacy: true, handleBrowserDNTRequest: false,
  AcceptAllCta: true, DenyAllCta: true, removeCredit: true, moreInfoLink: false, useExternalCss: false, mandatory: true,
})
// It shows its banner at once but gives the banner's buttons their click handlers in a timer
// 500 ms later; its events.load hook is called right after that.
tarteaucitron.events.load = function () { __bench.ready = true }</script>`,
      // tarteaucitron gates code as services with a js() callback (its own mechanism).
      gated: (name) => `<script>tarteaucitron.services.bench${name} = { key: 'bench${name}', type: '${name === 'analytics' ? 'analytic' : 'ads'}', name: '${name}', needConsent: true, cookies: [], js: function () { __bench.ran('${name}') } };
(tarteaucitron.job = tarteaucitron.job || []).push('bench${name}')</script>`,
    }),
    banner: '#tarteaucitronAlertBig',
    acceptAll: '#tarteaucitronAlertBig #tarteaucitronPersonalize2',
    rejectAll: '#tarteaucitronAlertBig #tarteaucitronAllDenied2',
    preferences: '#tarteaucitronAlertBig #tarteaucitronCloseAlert',
    // A click before its buttons have their handlers does nothing (see events.load above).
    ready: () => window.__bench.ready === true,
  },
]
