// Instrumentation injected into every page before its own scripts (playwright addInitScript):
// when the banner first became visible, when each gated script ran, the first click, long
// tasks and layout shifts. Times are performance.now(): milliseconds since navigation start.
export function pageProbe(bannerSelector) {
  const bench = (window.__bench = { runs: {}, longTasks: [], cls: 0, bannerAt: null, clickAt: null })
  bench.ran = (name) => {
    if (!(name in bench.runs)) bench.runs[name] = performance.now()
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
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
