// The UI's stylesheet, adopted into its shadow root. `:host{all:initial!important}` stops the
// page's inherited and !important styles at the boundary (inner !important wins over outer);
// everything inside is set here. Theming goes through the documented --assent-* properties
// (docs/ui.md has the full list).
// The host is the top-layer popover (index.ts), placed here: a bar, a box, or for the modal
// layout the viewport under the modal banner. Closed, it is `display:contents`, so that the
// preferences dialog inside still renders. The dialogs keep the user agent's centring and size
// limits of a modal dialog. A transparent border is a line in forced colours (which drop
// shadows). `.x`, the close button, drops the button look. Long compound words hyphenate where
// the browser has the language's patterns, else break, rather than push a layer past 320 px.
// Accept and reject all are one style (equal prominence); the other buttons are outlined.
// A switch (a checkbox with role=switch) shows its state by the knob's side, not colour alone.

export const css = `:host{all:initial!important;display:block!important;position:fixed!important;inset:auto 0 0!important;color-scheme:light dark!important;--f:var(--assent-fg,light-dark(#1b1b1f,#ececf1));--b:var(--assent-bg,light-dark(#fff,#1b1b1f));--a:var(--assent-accent,light-dark(#1d4ed8,#9bb8ff));--r:var(--assent-radius,.5em);--l:1px solid #8886}\
input:disabled{opacity:.5}\
span{display:grid;grid:auto/repeat(auto-fit,minmax(8em,1fr));grid-area:1/2/9;align-self:center;gap:.5em;margin:1em 0 0}\
:host(.box){inset:auto 1em 1em auto!important;width:min(26em,100% - 2em)!important}\
:host(.modal:popover-open){inset:0!important}\
.x{all:unset;position:absolute;top:.5em;right:.5em;padding:0 .5em;font-size:1.5em}\
:host(.light){color-scheme:light!important}\
:host>*{box-sizing:border-box;max-height:100vh;padding:1em;border:1px solid #0000;border-radius:var(--r);box-shadow:0 0 2em #0004;font:1em/1.5 var(--assent-font,system-ui,sans-serif);color:var(--f);background:var(--b);overflow:auto;hyphens:auto;overflow-wrap:anywhere}\
dialog>span:first-of-type{position:sticky;bottom:-1em;margin:1em -1em -1em;padding:1em;background:var(--b);border-top:var(--l)}\
dialog{width:36em}\
@media(min-width:50em){.bar,.bar-top{display:grid;grid:auto/1fr 26em;column-gap:2em}}\
input:checked{border-color:var(--a);background:var(--a);padding-left:1.5em}\
:host(.bar-top){inset:0 0 auto!important}\
p{margin:0 0 .5em}\
h2{margin:0 1.5em .5em 0;font-size:1.25em}\
[hidden]{display:none!important}\
label{display:flex;flex-wrap:wrap;align-items:center;gap:.5em}\
a,summary{color:var(--a)}\
button{min-height:2.75em;padding:.5em;border:2px solid var(--a);border-radius:var(--r);background:var(--a);color:var(--b);font:inherit;font-weight:600}\
:focus-visible{outline:2px solid var(--a);outline-offset:2px}\
ul,section p{margin:0;padding:0;list-style:none}\
:host(.dark){color-scheme:dark!important}\
button:not([data-assent-action$=-all]){background:0;color:var(--a)}\
li{margin-top:.5em;padding-top:.5em;border-top:var(--l)}\
section{margin:1em 0;padding:.5em 1em;border:var(--l);border-radius:var(--r)}\
section>label{font-weight:600}\
.bar,.bar-top{border-radius:0;padding-inline:max(1em,50% - 36em)}\
input{order:1;flex:none;appearance:none;font:inherit;width:3em;margin:0 0 0 auto;border:.25em solid #767676;border-radius:1em;background:#767676}\
input::before{content:'';display:block;width:0;border:.5em solid var(--b);border-radius:1em}`
