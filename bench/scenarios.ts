// The scenarios of issue 6 and their targets. Each run scenario gets a fresh simulator process and a fresh
// state file, so no scenario sees another's orders (rule 7 would refuse a second port of a line).

export interface Target {
  label: string;
  met: boolean;
}

export interface ScenarioResult {
  id: string;
  name: string;
  rows: number;
  calls?: number;
  minimum?: number;
  rateLimited?: number;
  serverErrors?: number;
  callsPerSec?: number;
  limit?: number;
  efficiency?: number;
  wallMs: number;
  rowsPerSec: number;
  peakRssMb?: number;
  /** CPU seconds of the bulkport process (user + system): near `wallMs` means it was the bottleneck. */
  cpuSec?: number;
  /** What the rows ended as, e.g. "1000 SUBMITTED". */
  outcome: string;
  targets: Target[];
}

export interface Scenario {
  /** A short handle for --only and for comparing scenarios. */
  id: string;
  name: string;
  kind: "run" | "validate";
  rows: number;
  latencyMs?: number;
  /** The server's limit, calls per second per client; absent: none. */
  rateLimit?: number;
  errorRate?: number;
  /** Flags after `run <sheet> --config --state --out`. */
  flags: string[];
  /** Further runs allowed, on the same state, until every row is SUBMITTED. */
  followUpRuns?: number;
  targets(result: ScenarioResult): Target[];
}

const atLeast = (label: string, value: number | undefined, floor: number): Target => ({
  label: `${label} >= ${floor}`,
  met: value !== undefined && value >= floor,
});

export function defineScenarios(quick: boolean): Scenario[] {
  const rows = quick ? 100 : 1000;
  const limited = { rows, latencyMs: 40, rateLimit: 50 };
  // The product's default is 20 s between the 3 scans that settle an in-doubt submit; a smoke run cannot wait.
  const reconcile = quick ? ["--reconcile-delay", "1"] : [];
  return [
    {
      id: "limited",
      name: "limit 50/s, 40 ms, --rate 50",
      kind: "run",
      ...limited,
      flags: ["--rate", "50"],
      targets: (r) => [
        atLeast("efficiency", r.efficiency, 0.95),
        { label: "no 429", met: r.rateLimited === 0 },
        {
          label: "calls <= min + 1%",
          met: r.calls !== undefined && r.minimum !== undefined && r.calls <= r.minimum * 1.01,
        },
      ],
    },
    {
      id: "overdriven",
      name: "limit 50/s, 40 ms, --rate 200",
      kind: "run",
      ...limited,
      flags: ["--rate", "200"],
      targets: (r) => [
        atLeast("efficiency", r.efficiency, 0.9),
        {
          label: "429s <= 2% of calls",
          met: r.rateLimited !== undefined && r.calls !== undefined && r.rateLimited <= r.calls * 0.02,
        },
      ],
    },
    {
      id: "faults",
      name: "limit 50/s, 40 ms, --rate 50, 5% 5xx",
      kind: "run",
      ...limited,
      errorRate: 0.05,
      flags: ["--rate", "50", "--resubmit-in-doubt", ...reconcile],
      followUpRuns: 2,
      targets: (r) => [
        { label: "all SUBMITTED in one run", met: r.outcome === `${r.rows} SUBMITTED` },
        atLeast("efficiency", r.efficiency, 0.85),
      ],
    },
    {
      id: "throughput",
      name: "no latency, no limit",
      kind: "run",
      rows: quick ? 1000 : 20_000,
      latencyMs: 0,
      flags: ["--rate", "100000", "--concurrency", "16"],
      targets: (r) => [atLeast("rows/s", r.rowsPerSec, 1500)],
    },
    {
      id: "validate",
      name: "validate",
      kind: "validate",
      rows: quick ? 20_000 : 1_000_000,
      flags: [],
      targets: (r) => [
        atLeast("rows/s", r.rowsPerSec, 50_000),
        { label: "peak RSS <= 200 MB", met: r.peakRssMb !== undefined && r.peakRssMb <= 200 },
      ],
    },
    {
      id: "baseline",
      name: "baseline: one call at a time",
      kind: "run",
      ...limited,
      flags: ["--concurrency", "1", "--rate", "100000"],
      targets: () => [],
    },
  ];
}
