// A placeholder takes the box its embed will have, so that nothing moves when the embed loads
// (CLS 0). The embed's sizing is read from its computed style while it is hidden: with
// `display: none` the browser gives computed values ('100%', 'auto', '16 / 9') rather than
// used pixels, so the placeholder follows the same responsive rules. It is read in the first
// frame, when the page's render-blocking stylesheets have loaded (the parser may hand the
// embed to gate before them). An inline embed (an iframe's default) sits on the text baseline
// by its bottom edge, as an inline-block scroll container does; the placeholder's CSS makes it
// one (overflow), and its border takes the embed's width (an iframe's default 2px).
const SIZING = ['width', 'height', 'aspectRatio', 'boxSizing', 'borderWidth', 'padding', 'margin', 'maxWidth', 'verticalAlign'] as const

/** Hides `element` and gives `box` its size; the returned function shows `element` again. */
export function keepBox(element: HTMLElement, box: HTMLElement): () => void {
  const { style } = element
  // The page's own inline display, put back when the embed is shown.
  const shown = style.display
  // Not `hidden`: the page's CSS (`iframe { display: block }`) would override it.
  const hide = () => (style.display = 'none')
  hide()
  requestAnimationFrame(() => {
    // Gone already (granted before the first frame): the embed is shown, leave it so.
    if (!box.isConnected) return
    style.display = shown
    const computed = getComputedStyle(element)
    const display = computed.display
    hide()
    for (const key of SIZING) box.style[key] = computed[key]
    box.style.display = display == 'inline' ? 'inline-block' : display
  })
  return () => (style.display = shown)
}
