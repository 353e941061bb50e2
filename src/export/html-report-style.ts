// The inline stylesheet of the HTML audit report (no external fonts or files: the CSP forbids them).

/** CSS for writeHtmlReport: CJK-capable font stacks, severity colours, and print rules that keep each flag and table row on one page. */
export const HTML_REPORT_STYLE = `
:root {
  --ink: #1d232b; --muted: #5b6673; --line: #d5dbe2; --paper: #fff; --soft: #f5f7f9;
  --critical: #b3141b; --major: #c25400; --minor: #8a6d00; --info: #2a6394; --mark: #ffe58a;
  color-scheme: light;
}
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 1200px; padding: 24px; color: var(--ink); background: var(--paper);
  font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
    "WenQuanYi Micro Hei", sans-serif;
}
[lang|="zh"] {
  font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
    "Microsoft YaHei", "WenQuanYi Micro Hei", "Heiti SC", SimSun, sans-serif;
}
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.docs { color: var(--muted); margin: 0 0 1rem; }
.docs dt { float: left; clear: left; width: 7rem; font-weight: 600; color: var(--ink); }
.docs dd { margin: 0 0 0 7rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.clause-no { white-space: nowrap; color: var(--muted); font-variant-numeric: tabular-nums; }
td.text { width: 40%; overflow-wrap: anywhere; white-space: pre-wrap; }
table.summary { width: auto; }
.badge {
  display: inline-block; padding: 0 .45em; border-radius: 3px; font-size: .8rem; font-weight: 700;
  color: #fff; text-transform: uppercase; letter-spacing: .03em; white-space: nowrap;
}
.badge.critical { background: var(--critical); } .badge.major { background: var(--major); }
.badge.minor { background: var(--minor); } .badge.info { background: var(--info); }
.badge.review { background: var(--muted); }
.flag { border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 4px; padding: .6rem .8rem; margin: 0 0 .8rem; }
.flag.critical { border-left-color: var(--critical); } .flag.major { border-left-color: var(--major); }
.flag.minor { border-left-color: var(--minor); }
.flag.dismissed { opacity: .6; }
.flag h3 { font-size: 1rem; margin: 0 0 .3rem; }
.flag .type { font-weight: 600; margin-left: .4rem; }
.flag .message { margin: .2rem 0; }
.flag .suggestion { margin: .2rem 0; }
.flag .review-note { color: var(--muted); margin: .2rem 0; }
.clauses { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; margin-top: .5rem; }
.clauses section { background: var(--soft); padding: .4rem .6rem; border-radius: 3px; }
.clauses h4 { font-size: .8rem; color: var(--muted); margin: 0 0 .2rem; font-weight: 600; }
.clauses p { margin: .2rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.clauses .none { color: var(--muted); font-style: italic; }
.clause-no { color: var(--muted); margin-right: .4rem; font-variant-numeric: tabular-nums; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
tr.addition td, tr.omission td { background: #fdf3f3; }
tr.flagged-critical td:first-child { box-shadow: inset 4px 0 var(--critical); }
tr.flagged-major td:first-child { box-shadow: inset 4px 0 var(--major); }
tr.flagged-minor td:first-child { box-shadow: inset 4px 0 var(--minor); }
tr.flagged-info td:first-child { box-shadow: inset 4px 0 var(--info); }
td .flag-link { display: block; white-space: nowrap; }
.empty { color: var(--muted); font-style: italic; }
a { color: var(--info); }
@media (max-width: 700px) { .clauses { grid-template-columns: 1fr; } }
@media print {
  @page { margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  .flag, tr, .clauses section { page-break-inside: avoid; break-inside: avoid; }
  h2 { page-break-after: avoid; break-after: avoid; }
  thead { display: table-header-group; }
  .badge, mark, th, tr.addition td, tr.omission td, .clauses section {
    -webkit-print-color-adjust: exact; print-color-adjust: exact;
  }
  a { color: inherit; text-decoration: none; }
}
`;
