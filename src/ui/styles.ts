// The UI's stylesheet, adopted into its shadow root. `:host{all:initial!important}` stops the
// page's inherited and !important styles at the boundary (inner !important wins over outer);
// everything inside is set here. Theming goes through the documented --assent-* properties
// (docs/ui.md); the lines (--l), secondary text (--m) and the off switch (--o) are mixed from
// the text and background colours, so that they follow any theme.
// A bar or box: the host is the top-layer popover (index.ts), placed here; closed, the host is
// `display:contents`, so the modal dialogs inside it still render, and the banner in it is hidden.
// The modal layers keep the user agent's centring and size limits of a modal dialog. The close
// button (`.x`) drops the button look with `all:unset`. Long compound words hyphenate where the
// browser has the language's patterns, else break, rather than push a layer past 320 px.
// Accept and reject all are one style (equal prominence); the other buttons are outlined.

const dark = '--f:var(--assent-fg,#ececf1);--b:var(--assent-bg,#1b1b1f);--a:var(--assent-accent,#9bb8ff)'

export const css = `:host{all:initial!important;display:contents!important;position:fixed!important;inset:auto 0 0!important;margin:0!important;z-index:2147483647!important;--f:var(--assent-fg,#1b1b1f);--b:var(--assent-bg,#fff);--a:var(--assent-accent,#1d4ed8)}
:host(:popover-open){display:block!important}
:host(.bar-top){inset:0 0 auto!important}
:host(.box){inset:auto 1em 1em auto!important;width:min(25em,100% - 2em)!important}
:host(.dark){${dark}}
@media(prefers-color-scheme:dark){:host(.auto){${dark}}}
:host([popover]:not(:popover-open)) div,[hidden]{display:none!important}
:host>*{box-sizing:border-box;max-height:calc(100vh - 2em);padding:1.5em;border:1px solid #0000;border-radius:var(--assent-radius,.75em);box-shadow:0 .3em 2em #0005;font:.94em/1.5 var(--assent-font,system-ui,sans-serif);color:var(--f);background:var(--b);overflow:auto;hyphens:auto;overflow-wrap:anywhere}
dialog{width:38em}
::backdrop{background:#0008}
.bar,.bar-top{max-height:100vh;border-radius:0;display:grid;grid:auto/1fr auto;gap:0 2em;align-items:center;padding-inline:max(1.5em,50% - 38em) max(3.5em,50% - 36em)}
:is(.bar,.bar-top)>span{grid:auto/auto-flow 1fr;grid-area:1/2/9;margin:0}
@media(max-width:48em){.bar,.bar-top{display:block}}
h2{margin:0 2em .5em 0;font-size:1.25em}
p{margin:0 0 .75em}
a,summary{color:var(--a);cursor:pointer}
span{display:grid;grid:auto/repeat(auto-fit,minmax(8.5em,1fr));gap:.5em;margin-top:1.25em}
button{min-height:2.75em;padding:.5em;border:2px solid var(--a);border-radius:var(--assent-radius,.5em);background:var(--a);color:var(--b);font:inherit;font-weight:600;cursor:pointer}
button:not([data-assent-action$=-all]){background:0;color:var(--a)}
.x{all:unset;position:absolute;top:.5em;right:.5em;padding:0 .25em;font-size:1.75em;cursor:pointer}
:focus-visible{outline:2px solid var(--a);outline-offset:2px}
dialog>span:last-of-type{position:sticky;bottom:-1.5em;margin:1em -1.5em -1.5em;padding:1em 1.5em 1.5em;background:var(--b);border-top:1px solid #8884}
section{margin:.75em 0;padding:.75em 1em;border:1px solid #8884;border-radius:.5em}
label{display:flex;align-items:center;gap:.75em}
section>label{font-weight:600}
li{margin-top:.5em;padding-top:.5em;border-top:1px solid #8884}
section p{margin:0}
small{padding:0 .5em;border-radius:1em;background:#8884}
input{order:1;appearance:none;font:inherit;width:3em;height:1.75em;margin:0 0 0 auto;padding:.125em;border:.125em solid #888;border-radius:1em;background:#888;cursor:pointer}
input::before{content:'';display:block;width:0;border:.625em solid var(--b);border-radius:1em}
input:checked{border-color:var(--a);background:var(--a);padding-left:1.375em}
input:disabled{opacity:.6}
ul{margin:0;padding:0;list-style:none}
@media(prefers-reduced-motion:no-preference){input{transition:padding .2s}}`
