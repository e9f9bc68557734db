// The UI's stylesheet, adopted into its shadow root. `:host{all:initial!important}` stops the
// page's inherited and !important styles at the boundary (inner !important wins over outer);
// everything inside is set here. Theming goes through the documented --assent-* properties.
// Position, margin and overflow come from the user agent's popover and modal dialog styles
// (top layer), so they are not repeated here. Buttons are 47 px high through their padding;
// the close button (`.x`) drops the button look with `all:unset` and floats beside the title.

// Buttons are accent on background colour, written in the background colour.
const dark = '--f:var(--assent-fg,#ececf1);--b:var(--assent-bg,#1b1b1f);--a:var(--assent-accent,#9bb8ff)'

export const css = `:host{all:initial!important;display:block!important;--f:var(--assent-fg,#1b1b1f);--b:var(--assent-bg,#fff);--a:var(--assent-accent,#1d4ed8)}
:host(.dark){${dark}}
@media(prefers-color-scheme:dark){:host(.auto){${dark}}}
.b,.p{box-sizing:border-box;width:min(40em,100vw - 2em);max-height:calc(100dvh - 2em);padding:1em 1.25em;font:1em/1.5 var(--assent-font,system-ui,sans-serif);color:var(--f);background:var(--b);border:1px solid;border-radius:var(--assent-radius,.5em)}
.bar,.bar-top{inset:auto 0 0;width:auto;border-radius:0}
.bar-top{inset:0 0 auto}
.box{inset:auto 1em 1em auto;width:min(26em,100vw - 2em)}
h2{font-size:1.25em;margin:0}
a{color:var(--a)}
button{font:inherit;padding:.6em 1em;border:2px solid var(--a);border-radius:var(--assent-radius,.5em);background:var(--a);color:var(--b)}
.a{display:grid;grid-template-columns:repeat(auto-fit,minmax(9em,1fr));gap:.5em;max-width:36em}
.x{all:unset;float:right;padding:0 .4em;font-size:1.25em}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.c{border-top:1px solid}
label{display:flex;gap:.6em;align-items:center}
input{flex:none;width:24px;height:24px;accent-color:var(--a)}
ul{list-style:none}`
