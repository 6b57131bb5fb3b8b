// Pure: the report's timeline of status changes per day as inline SVG (no script, no external asset): one
// stacked bar per day, one colour per status, a legend, and a <title> per segment for the exact number.
import { html, type SafeHtml } from "./escape-html.js";
import type { TimelineDay } from "./build-report-model.js";

/** Colours per §11.1 status; any other status is grey. Readable on white and distinct in greyscale order. */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  ORDER_SUBMITTED: "#64748b",
  AWAITING_APPROVAL: "#9333ea",
  IN_PROGRESS: "#2563eb",
  PORT_SCHEDULED: "#0891b2",
  SHIPPED: "#0d9488",
  COMPLETED: "#16a34a",
  REJECTED: "#dc2626",
  CANCELLED: "#d97706",
};
const OTHER_COLOUR = "#a1a1aa";

export const colourOf = (status: string): string => STATUS_COLOURS[status] ?? OTHER_COLOUR;

const HEIGHT = 160;
const TOP = 10;
const BOTTOM = 24;
const LEFT = 36;
const BAR = 18;
const GAP = 6;

export const renderTimeline = (days: readonly TimelineDay[]): SafeHtml => {
  if (days.length === 0) return html`<p class="muted">No status changes recorded yet.</p>`;
  const totals = days.map((day) => day.counts.reduce((sum, [, n]) => sum + n, 0));
  const max = Math.max(1, ...totals);
  const plot = HEIGHT - TOP - BOTTOM;
  const width = LEFT + days.length * (BAR + GAP) + GAP;
  // Label about 12 days at most, so the dates never overlap.
  const every = Math.max(1, Math.ceil(days.length / 12));
  const bars = days.map((day, index) => {
    const x = LEFT + GAP + index * (BAR + GAP);
    let y = TOP + plot;
    const segments = day.counts.map(([status, n]) => {
      const h = (n / max) * plot;
      y -= h;
      return html`<rect
        x="${x}"
        y="${y.toFixed(1)}"
        width="${BAR}"
        height="${h.toFixed(1)}"
        fill="${colourOf(status)}"
        ><title>${day.day}: ${n} ${status}</title></rect
      >`;
    });
    const label =
      index % every === 0
        ? html`<text x="${x + BAR / 2}" y="${HEIGHT - 8}" text-anchor="middle">${day.day.slice(5)}</text>`
        : html``;
    return html`<g>${segments}${label}</g>`;
  });
  const statuses = [...new Set(days.flatMap((day) => day.counts.map(([status]) => status)))];
  const legend = statuses.map(
    (status) => html`<li><span class="swatch" style="background:${colourOf(status)}"></span>${status}</li>`,
  );
  return html`<svg
      class="timeline"
      role="img"
      viewBox="0 0 ${width} ${HEIGHT}"
      width="${width}"
      height="${HEIGHT}"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title>Status changes per day, ${days[0]?.day} to ${days.at(-1)?.day}</title>
      <line x1="${LEFT}" y1="${TOP + plot}" x2="${width}" y2="${TOP + plot}" stroke="#94a3b8" />
      <text x="${LEFT - 4}" y="${TOP + 8}" text-anchor="end">${max}</text>
      <text x="${LEFT - 4}" y="${TOP + plot}" text-anchor="end">0</text>
      ${bars}
    </svg>
    <ul class="legend">
      ${legend}
    </ul>`;
};
