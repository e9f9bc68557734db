// The placeholders' default look, in the UI's design (its --assent-* properties and defaults).
// A placeholder lives in the page, not in the UI's shadow root, so its sheet is a constructed
// one adopted by the document: a strict CSP allows it (no <style>, no style attribute). Added
// once, with the first placeholder. `:where()` keeps it at the lowest specificity, so that any
// rule of the site about `.assent-placeholder` wins; the buttons' rules stay above a site's
// bare `button {}`. Light or dark follows the page's color-scheme (light-dark()). The box's
// sizes come from the embed (placeholder-box.ts), set on the element, so none are here.
const css = `:where(.assent-placeholder){--a:var(--assent-accent,light-dark(#1d4ed8,#9bb8ff));--b:var(--assent-bg,light-dark(#f4f4f6,#26262b));align-content:center;overflow:auto;border:0 solid #8886;border-radius:var(--assent-radius,.5em);background:var(--b);color:var(--assent-fg,light-dark(#1b1b1f,#ececf1));font:1em/1.5 var(--assent-font,system-ui,sans-serif);text-align:center}\
:where(.assent-placeholder)>*{margin:.5em}\
:where(.assent-placeholder) strong{display:block;font-size:1.25em}\
:where(.assent-placeholder) button{min-height:2.75em;padding:.5em 1em;border:2px solid var(--a);border-radius:var(--assent-radius,.5em);background:var(--a);color:var(--b);font:inherit;font-weight:600}\
:where(.assent-placeholder) [data-assent-open]{border-color:#0000;background:none;color:var(--a);text-decoration:underline}`

let adopted = false

export function adoptPlaceholderStyles(): void {
  if (adopted) return
  adopted = true
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    document.adoptedStyleSheets.push(sheet)
  } catch {
    // No constructed stylesheets (older browsers): the site's own CSS styles the placeholder.
  }
}
