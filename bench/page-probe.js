// Instrumentation injected into every page before its own scripts (playwright addInitScript):
// when the banner first became visible, when each gated script ran, the first click, long
// tasks, layout shifts, First Contentful Paint and Largest Contentful Paint. Times are performance.now(): milliseconds since navigation start.
export function pageProbe(bannerSelector) {
  const bench = (window.__bench = { runs: {}, longTasks: [], cls: 0, bannerAt: null, clickAt: null, fcp: null, lcp: null, lcpElement: null })
  bench.ran = (name) => {
    if (!(name in bench.runs)) bench.runs[name] = performance.now()
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime
  }).observe({ type: 'paint', buffered: true })
  // The last candidate before the first input is the page's LCP (Chromium stops reporting
  // candidates at the first click or key press); startTime is the render time.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.lcp = entry.startTime
      const element = entry.element
      const root = element?.getRootNode()
      bench.lcpElement = !element ? `${entry.size} px² (element gone)`
        : `${root instanceof ShadowRoot ? `${root.host.localName} shadow: ` : ''}${element.localName}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  addEventListener('click', () => {
    if (bench.clickAt === null) bench.clickAt = performance.now()
  }, true)
  // The banner may live in an open shadow root (assent): look there too.
  const find = () => {
    const direct = document.querySelector(bannerSelector)
    if (direct) return direct
    for (const element of document.querySelectorAll('*')) {
      const found = element.shadowRoot?.querySelector(bannerSelector)
      if (found) return found
    }
    return null
  }
  bench.bannerVisible = () => {
    const banner = find()
    if (!banner) return false
    const box = banner.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && banner.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  }
  // Checked once per frame: "visible" means painted in that frame. Stops after 10 s.
  const tick = () => {
    if (bench.bannerVisible()) bench.bannerAt = performance.now()
    else if (performance.now() < 10_000) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}
