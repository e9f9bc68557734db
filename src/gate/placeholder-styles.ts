// The placeholders' default look, in the UI's design (its --assent-* properties and defaults).
// A placeholder lives in the page, not in the UI's shadow root, so its sheet is a constructed
// one adopted by the document: a strict CSP allows it (no <style>, no style attribute). Added
// once, with the first placeholder. `:where()` keeps it at the lowest specificity, so that any
// rule of the site about `.assent-placeholder` wins; the buttons' rules stay above a site's
// bare `button {}`. Light or dark follows the page's color-scheme (light-dark()). The box's
// sizes come from the embed (placeholder-box.ts), set on the element, so none are here.
const css = `:where(.assent-placeholder){--f:var(--assent-fg,light-dark(#1b1b1f,#ececf1));--b:var(--assent-bg,light-dark(#fff,#1b1b1f));--a:var(--assent-accent,light-dark(#1d4ed8,#9bb8ff));--r:var(--assent-radius,.5em);align-content:center;text-align:center;border:0 solid #8886;border-radius:var(--r);box-shadow:0 0 2em #0004;font:1em/1.5 var(--assent-font,system-ui,sans-serif);color:var(--f);background:var(--b);overflow:auto;hyphens:auto;overflow-wrap:anywhere}\
:where(.assent-placeholder)>*{margin:.5em}\
:where(.assent-placeholder) strong{display:block;font-size:1.25em}\
:where(.assent-placeholder) button{min-height:2.75em;padding:.5em;border:2px solid var(--a);border-radius:var(--r);background:var(--a);color:var(--b);font:inherit;font-weight:600}\
:where(.assent-placeholder) [data-assent-open]{border-color:#0000;background:none;color:var(--a);text-decoration:underline}`

let sheet: CSSStyleSheet | undefined

export function adoptPlaceholderStyles(): void {
  if (!sheet) try {
    ;(sheet = new CSSStyleSheet()).replaceSync(css)
    document.adoptedStyleSheets.push(sheet)
  } catch {
    // No constructed stylesheets (older browsers): the site's own CSS styles the placeholder.
  }
}
