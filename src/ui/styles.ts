// The UI's stylesheet, adopted into its shadow root. `:host{all:initial!important}` stops the
// page's inherited and !important styles at the boundary (inner !important wins over outer);
// everything inside is set here. Theming goes through the documented --assent-* properties.
// `:host>*` are the layers: position, margin, border, overflow and the modal dialog's size
// limits come from the user agent's popover and modal dialog styles (top layer), so they are
// not repeated here; sizes are of the content box (the user agent's padding and border add 2em
// and 6px). The close button (`.x`) drops the button look with `all:unset` and floats beside
// the title. Long compound words ("Persónuverndarstillingar") hyphenate where the browser has
// the language's patterns, else break, rather than push the layer wider than a 320 px screen.

// Buttons are accent on background colour, written in the background colour.
const dark = '--f:var(--assent-fg,#ececf1);--b:var(--assent-bg,#1b1b1f);--a:var(--assent-accent,#9bb8ff)'

export const css = `:host{all:initial!important;display:block!important;--f:var(--assent-fg,#1b1b1f);--b:var(--assent-bg,#fff);--a:var(--assent-accent,#1d4ed8)}
:host(.dark){${dark}}
@media(prefers-color-scheme:dark){:host(.auto){${dark}}}
:host>*,button{font:1em/1.5 var(--assent-font,system-ui,sans-serif);border-radius:var(--assent-radius,.5em)}
:host>*{width:min(30em,100% - 4em);max-height:calc(100% - 4em);padding:1em;color:var(--f);background:var(--b);hyphens:auto;overflow-wrap:anywhere}
.bar,.bar-top{inset:auto 0 0;width:auto;border-radius:0}
.bar-top{inset:0 0 auto}
.box{inset:auto 1em 1em auto}
h2{margin:0}
a{color:var(--a)}
button{padding:.5em;border:solid var(--a);background:var(--a);color:var(--b)}
span{display:grid;grid-template-columns:repeat(auto-fill,minmax(9em,1fr));gap:.5em}
.x{all:unset;float:right;padding:0 .5em;font-size:1.5em}
:focus-visible{outline:solid var(--a);outline-offset:2px}
section{border-top:1px solid}
input{zoom:2;vertical-align:middle;accent-color:var(--a)}
ul{list-style:none}`
