// The benchmark's table, as Markdown so that it can go into the README as printed.
import type { ScenarioResult } from "./scenarios.js";

const COLUMNS = [
  "scenario",
  "rows",
  "calls",
  "min calls",
  "429s",
  "5xx",
  "calls/s",
  "limit",
  "efficiency",
  "wall s",
  "CPU s",
  "rows/s",
  "peak RSS MB",
  "rows ended",
  "targets",
] as const;

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const show = (value: number | undefined, digits = 0): string =>
  value === undefined ? "–" : digits === 0 ? whole.format(value) : value.toFixed(digits);

function cells(result: ScenarioResult): string[] {
  const targets = result.targets.map((t) => `${t.met ? "met" : "MISSED"}: ${t.label}`).join("; ");
  return [
    result.name,
    show(result.rows),
    show(result.calls),
    show(result.minimum),
    show(result.rateLimited),
    show(result.serverErrors),
    show(result.callsPerSec, 1),
    show(result.limit),
    show(result.efficiency, 2),
    show(result.wallMs / 1000, 1),
    show(result.cpuSec, 1),
    show(result.rowsPerSec),
    show(result.peakRssMb),
    result.outcome.replace(/\|/g, "\\|"),
    targets || "–",
  ];
}

export function formatTable(results: readonly ScenarioResult[]): string {
  const lines = [
    `| ${COLUMNS.join(" | ")} |`,
    `|${COLUMNS.map(() => "---").join("|")}|`,
    ...results.map((result) => `| ${cells(result).join(" | ")} |`),
  ];
  return `${lines.join("\n")}\n`;
}

/** How much longer one call at a time takes than the limited run with the same sheet and server. */
export function baselineRatio(results: readonly ScenarioResult[]): string | undefined {
  const limited = results.find((r) => r.id === "limited");
  const baseline = results.find((r) => r.id === "baseline");
  if (limited === undefined || baseline === undefined) return undefined;
  return `baseline wall time / "${limited.name}" wall time = ${(baseline.wallMs / limited.wallMs).toFixed(2)}`;
}
