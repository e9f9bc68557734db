// The dashboard's one stylesheet, served as a file (the CSP allows no inline style). Colours
// meet WCAG AA contrast in light and dark; the series colours are repeated in text and tables.
export const STYLESHEET = `
:root{color-scheme:light dark;--fg:#1a1a1a;--muted:#545454;--bg:#fff;--panel:#f4f5f7;--line:#c9ccd1;--link:#0b57d0;--warn-bg:#fff4e5;--warn-fg:#6b3a00;--ok:#1b6e35;
--c0:#1b7f3b;--c1:#b3261e;--c2:#1f5fbf;--c3:#7a4fb3;--c4:#8a6d00;--c5:#4d4d4d;--bar:#1f5fbf;--bar2:#b3261e}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--muted:#b4b4b4;--bg:#16181c;--panel:#22252b;--line:#474c55;--link:#8ab4f8;--warn-bg:#3d2a00;--warn-fg:#ffd699;--ok:#7ad19a;
--c0:#4cc27a;--c1:#ff8a80;--c2:#7fa8ff;--c3:#c8a2ff;--c4:#e3c449;--c5:#bdbdbd;--bar:#7fa8ff;--bar2:#ff8a80}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:1}
header.top{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.75rem 1rem;border-bottom:1px solid var(--line);background:var(--panel)}
header.top .brand{font-weight:700;margin:0;font-size:1.1rem}
header.top nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
header.top nav a{display:inline-block;padding:.6rem .25rem}
header.top nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
header.top form{margin-left:auto}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
button,.button{font:inherit;padding:.45rem .9rem;min-height:44px;border:1px solid var(--line);border-radius:6px;background:var(--panel);color:var(--fg);cursor:pointer;text-decoration:none;display:inline-block}
button.primary{background:var(--link);border-color:var(--link);color:var(--bg)}
button.danger{background:var(--c1);border-color:var(--c1);color:var(--bg)}
input[type=text],input[type=password],input[type=date]{font:inherit;padding:.45rem;min-height:44px;border:1px solid var(--muted);border-radius:6px;background:var(--bg);color:var(--fg);max-width:100%}
input[type=text]{width:26rem}
label{display:block;font-weight:600;margin:.5rem 0 .25rem}
.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
.inline label{margin:0}
.warning{background:var(--warn-bg);color:var(--warn-fg);border:2px solid currentColor;border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}
.ok{color:var(--ok);font-weight:600}
.error{border-left:4px solid var(--c1);padding:.25rem .75rem}
.muted{color:var(--muted)}
.periods{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:0 0 1rem}
.periods ul{display:flex;gap:.5rem;list-style:none;margin:0;padding:0}
.periods a{display:inline-block;padding:.45rem .8rem;min-height:44px;border:1px solid var(--line);border-radius:6px}
.periods a[aria-current=true]{background:var(--link);color:var(--bg);border-color:var(--link)}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.75rem;margin:0 0 1rem;padding:0}
.summary div{background:var(--panel);border-radius:6px;padding:.75rem}
.summary dt{color:var(--muted);font-size:.9rem}.summary dd{margin:0;font-size:1.5rem;font-weight:700}
figure{margin:0 0 1rem}
figcaption{font-weight:600;margin:.25rem 0}
svg.chart{width:100%;height:auto;display:block}
svg.chart text{fill:var(--fg);font:13px system-ui,sans-serif}
@media (max-width:40rem){svg.stacked text{font-size:26px}svg.rates text{font-size:18px}}
svg.chart .axis{stroke:var(--line)}
.s0{fill:var(--c0)}.s1{fill:var(--c1)}.s2{fill:var(--c2)}.s3{fill:var(--c3)}.s4{fill:var(--c4)}.s5{fill:var(--c5)}
.bar{fill:var(--bar)}.bar2{fill:var(--bar2)}.track{fill:var(--panel)}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:.25rem 0;padding:0}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em;border-radius:2px}
.k0{background:var(--c0)}.k1{background:var(--c1)}.k2{background:var(--c2)}.k3{background:var(--c3)}.k4{background:var(--c4)}.k5{background:var(--c5)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(26rem,100%),1fr));gap:0 2rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid var(--line);padding:.3rem .6rem;text-align:left}
td.n,th.n{text-align:right}
details{margin:.25rem 0 1rem}summary{cursor:pointer;min-height:44px;display:flex;align-items:center}
dl.record{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dl.record dt{color:var(--muted)}dl.record dd{margin:0;overflow-wrap:anywhere}
article.record{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}
article.record h3{margin:0 0 .5rem;font-size:1.05rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
@media (max-width:40rem){input[type=text]{width:100%}dl.record{grid-template-columns:1fr}dl.record dd{margin-bottom:.4rem}}
`
