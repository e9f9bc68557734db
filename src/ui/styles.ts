// The UI's stylesheet, adopted into its shadow root. `:host{all:initial!important}` stops the
// page's inherited and !important styles at the boundary (inner !important wins over outer);
// everything inside is set here. Theming goes through the documented --assent-* properties
// (docs/ui.md has the full list); `light-dark()` picks a default by the host's color-scheme
// (its theme class, or the visitor's preference for `auto`).
// The host is the top-layer popover (index.ts), placed here: a bar, a box, or for the modal
// layout the viewport under the modal banner. Closed, it stays a block with nothing in it (no
// height), so that the preferences dialog inside still renders. The dialogs keep the user
// agent's centring and size limits of a modal dialog; the footer of buttons sticks to the
// dialog's bottom. A transparent border is a line in forced colours (which drop shadows); the
// switch is drawn with borders, which forced colours keep. `.x`, the close button, drops the
// button look. Long compound words hyphenate where the browser has the language's patterns,
// else break, rather than push a layer past 320 px. Every button is one style: accept and
// reject all have equal prominence. A switch (a checkbox with role=switch) shows its state by
// the knob's side, not colour alone. Nothing moves (no transitions or animations).
// The rules are one string without newlines (each `\` ends a line in the source only), in the
// order that compressed best; the cascade does not depend on it, except `:host>*` before `.bar`.

export const css = `:host{all:initial!important;display:block!important;position:fixed!important;inset:auto 0 0!important;color-scheme:light dark!important;--f:var(--assent-fg,light-dark(#1b1b1f,#ececf1));--b:var(--assent-bg,light-dark(#fff,#1b1b1f));--a:var(--assent-accent,light-dark(#1d4ed8,#9bb8ff));--r:var(--assent-radius,.5em);--l:1px solid #8886}\
label{display:flex;flex-wrap:wrap;align-items:center;gap:.5em}\
span{display:grid;grid:auto/repeat(auto-fill,minmax(8em,1fr));gap:.5em;margin-top:1em}\
p{margin:0 0 .5em}\
:host(.modal:popover-open){inset:0!important}\
.x{all:unset;position:absolute;top:.5em;right:.5em;padding:0 .5em;font-size:1.5em}\
:host(.light){color-scheme:light!important}\
input:checked{border-color:var(--a);background:var(--a);padding-left:1.5em}\
:host(.bar-top){inset:0 0 auto!important}\
input:disabled{opacity:.5}\
button{min-height:2.75em;padding:.5em;border:2px solid var(--a);border-radius:var(--r);background:var(--a);color:var(--b);font:inherit;font-weight:600}\
h2{margin:0 1.5em .5em 0;font-size:1.25em}\
section{margin:1em 0;padding:.5em 1em;border:var(--l);border-radius:var(--r)}\
:host>*{box-sizing:border-box;max-height:100vh;padding:1em;border:1px solid #0000;border-radius:var(--r);box-shadow:0 0 2em #0004;font:1em/1.5 var(--assent-font,system-ui,sans-serif);color:var(--f);background:var(--b);overflow:auto;hyphens:auto;overflow-wrap:anywhere}\
a,summary{color:var(--a)}\
input{order:1;flex:none;appearance:none;font:inherit;width:3em;margin:0 0 0 auto;border:.25em solid #767676;border-radius:1em;background:#767676}\
ul,section p{margin:0;padding:0;list-style:none}\
li{margin-top:.5em}\
:host(.dark){color-scheme:dark!important}\
dialog>span:first-of-type{position:sticky;bottom:-1em;margin:1em -1em -1em;padding:1em;background:var(--b);border-top:var(--l)}\
dialog{width:36em}\
section>label{font-weight:600}\
:focus-visible{outline:2px solid var(--a);outline-offset:2px}\
:host(.box){inset:auto 1em 1em auto!important;width:min(26em,100% - 2em)!important}\
.bar,.bar-top{border-radius:0;padding-inline:max(1em,50% - 36em)}\
input::before{content:'';display:block;width:0;border:.5em solid var(--b);border-radius:1em}`
