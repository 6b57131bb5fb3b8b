// The report's only stylesheet, inlined: the file must read the same with no network (no fonts, no assets).
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px; color: #0f172a; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 8px; }
.muted { color: #64748b; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 16px 0; }
.card { border: 1px solid #e2e8f0; border-radius: 8px; padding: 10px 14px; min-width: 120px; }
.card b { display: block; font-size: 22px; }
.card.alert { border-color: #fca5a5; background: #fef2f2; }
table { border-collapse: collapse; }
th, td { border-bottom: 1px solid #e2e8f0; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f8fafc; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.action td { background: #fff7ed; }
tr.action.p0 td { background: #fef2f2; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
.timeline text { font-size: 10px; fill: #475569; }
.legend { list-style: none; padding: 0; display: flex; gap: 14px; flex-wrap: wrap; font-size: 12px; }
@media print { body { margin: 0; } tr { break-inside: avoid; } }
`;
