"""The report's style sheet, inlined into the page so it needs no network and no files."""

REPORT_CSS = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #d8dce4; --paper: #ffffff;
        --error: #b3261e; --warning: #8a5a00; --info: #2b5c9e; --good: #1f7a3d; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; color: var(--ink);
       background: var(--paper); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem;
     border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
p, ul, ol, table { margin: .5rem 0; }
.muted { color: var(--muted); }
.summary { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; padding: 0; list-style: none; }
.summary li { border: 1px solid var(--line); border-radius: .4rem; padding: .35rem .75rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
th { width: 38%; font-weight: 600; }
td.number { font-variant-numeric: tabular-nums; }
.unanswered { color: var(--error); font-weight: 600; }
.severity { display: inline-block; min-width: 5.5rem; font-size: .8rem; font-weight: 700;
            text-transform: uppercase; letter-spacing: .04em; }
.severity.error { color: var(--error); }
.severity.warning { color: var(--warning); }
.severity.info { color: var(--info); }
.findings { list-style: none; padding: 0; }
.findings li { border-left: 4px solid var(--line); padding: .4rem .8rem; margin: .6rem 0; }
.findings li.error { border-color: var(--error); }
.findings li.warning { border-color: var(--warning); }
.findings li.info { border-color: var(--info); }
.hint { margin: .25rem 0 0; }
.hint strong { color: var(--good); }
.rule { font-family: ui-monospace, monospace; font-size: .85rem; color: var(--muted); }
.chart svg, .picture svg { max-width: 100%; height: auto; display: block; }
.picture { overflow-x: auto; border: 1px solid var(--line); padding: .5rem; }
details { margin: .75rem 0; }
footer { margin-top: 3rem; font-size: .85rem; color: var(--muted); }
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; }
               .findings li { break-inside: avoid; } }
"""
