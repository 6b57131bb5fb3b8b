// startSimulator's options (CONTRACT.md §13), checked once with messages that name the option.
import { normalizeFixtureOptions } from "./seed/create-fixture.js";
import type { Fixture } from "./seed/types.js";
import {
  booleanOption,
  fail,
  integerIn,
  isPlainObject,
  nonEmptyString,
  numberAtLeast,
  rejectUnknownKeys,
} from "./check-option.js";
import { defaultKnobs, normalizeKnobs } from "./http/knobs.js";
import type { KnobsInput, SimulatorKnobs } from "./http/knobs.js";

export interface SimulatorOptions extends KnobsInput {
  /**
   * TCP port; 0 picks a free one.
   * @default 0
   */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /**
   * Seed of the generated fixture, error ids and (by default) the fault dice.
   * @default 1
   */
  seed?: number;
  /**
   * Lines of tenant ACME in the generated fixture.
   * @default 3000
   */
  services?: number;
  /** A ready fixture instead of a generated one (then `seed` and `services` must not be given). */
  fixture?: Fixture;
  /** @default 3600 */
  tokenLifetimeSec?: number;
  /** @default 86400 */
  refreshLifetimeSec?: number;
  /**
   * "manual" (orders move only through the test hooks) or one lifecycle step every `secondsPerStep` (§11.1).
   * @default "manual"
   */
  lifecycle?: "manual" | { secondsPerStep: number };
  /**
   * GET /orders and GET /orders/{id} show a new order only after this delay (§11.3 tests).
   * @default 0
   */
  orderVisibilityDelayMs?: number;
  /**
   * Premium Mobile paging: the page containing `offset` (§7, F7).
   * @default false
   */
  pageAlignedOffset?: boolean;
  /**
   * Rule 21: an order needs shipTo.
   * @default true
   */
  requireShipTo?: boolean;
  /** When given, orders survive restarts in this JSON file. */
  dataFile?: string;
  /**
   * The base of every `_meta` href.
   * @default `${origin}/mobproc/v1`
   */
  publicBaseUrl?: string;
  /**
   * The simulator's clock: token expiry, rate-limit refill, order dates.
   * @default () => new Date()
   */
  clock?: () => Date;
}

export interface NormalizedSimulatorOptions {
  port: number;
  host: string;
  /** A given fixture, or how to generate one. */
  source: { fixture: Fixture } | { seed: number; services: number };
  /** The fixture's seed: error ids and the default fault seed derive from it. */
  seed: number;
  knobs: SimulatorKnobs;
  tokenLifetimeSec: number;
  refreshLifetimeSec: number;
  lifecycle: "manual" | { secondsPerStep: number };
  orderVisibilityDelayMs: number;
  pageAlignedOffset: boolean;
  requireShipTo: boolean;
  dataFile: string | undefined;
  publicBaseUrl: string | undefined;
  clock: () => Date;
}

const OPTION_NAMES = [
  "port",
  "host",
  "seed",
  "services",
  "fixture",
  "latencyMs",
  "rateLimit",
  "faults",
  "tokenLifetimeSec",
  "refreshLifetimeSec",
  "lifecycle",
  "orderVisibilityDelayMs",
  "pageAlignedOffset",
  "requireShipTo",
  "dataFile",
  "publicBaseUrl",
  "clock",
] as const;

function normalizeLifecycle(value: unknown): "manual" | { secondsPerStep: number } {
  if (value === "manual") return value;
  if (!isPlainObject(value)) fail("lifecycle", '"manual" or {secondsPerStep}', value);
  rejectUnknownKeys("lifecycle", value, ["secondsPerStep"]);
  return { secondsPerStep: numberAtLeast("lifecycle.secondsPerStep", value.secondsPerStep, 0, true) };
}

function normalizePublicBaseUrl(value: unknown): string {
  const text = nonEmptyString("publicBaseUrl", value);
  const ok = URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
  if (!ok) fail("publicBaseUrl", "an absolute http(s) URL", value);
  return text.replace(/\/+$/, "");
}

function normalizeFixtureSource(o: SimulatorOptions): NormalizedSimulatorOptions["source"] {
  if (o.fixture === undefined) {
    const opts: { seed?: number; services?: number } = {};
    if (o.seed !== undefined) opts.seed = o.seed;
    if (o.services !== undefined) opts.services = o.services;
    return normalizeFixtureOptions(opts);
  }
  if (o.seed !== undefined || o.services !== undefined) {
    throw new TypeError("Expected either `fixture` or `seed`/`services`, not both");
  }
  if (!isPlainObject(o.fixture) || !Array.isArray(o.fixture.services))
    fail("fixture", "a Fixture", o.fixture);
  return { fixture: o.fixture };
}

export function normalizeSimulatorOptions(options: SimulatorOptions = {}): NormalizedSimulatorOptions {
  if (!isPlainObject(options)) fail("options", "an object", options);
  rejectUnknownKeys("", options, OPTION_NAMES);
  const o = options;
  const source = normalizeFixtureSource(o);
  const seed = "fixture" in source ? source.fixture.seed : source.seed;
  const clock: unknown = o.clock ?? (() => new Date());
  if (typeof clock !== "function") fail("clock", "a function returning a Date", clock);
  const knobInput: Record<string, unknown> = {};
  for (const key of ["latencyMs", "rateLimit", "faults"] as const)
    if (o[key] !== undefined) knobInput[key] = o[key];
  return {
    port: integerIn("port", o.port ?? 0, 0, 65535),
    host: nonEmptyString("host", o.host ?? "127.0.0.1"),
    source,
    seed,
    knobs: normalizeKnobs(knobInput, defaultKnobs(seed), seed),
    tokenLifetimeSec: integerIn("tokenLifetimeSec", o.tokenLifetimeSec ?? 3600, 1, 31_536_000),
    refreshLifetimeSec: integerIn("refreshLifetimeSec", o.refreshLifetimeSec ?? 86_400, 1, 31_536_000),
    lifecycle: normalizeLifecycle(o.lifecycle ?? "manual"),
    orderVisibilityDelayMs: numberAtLeast("orderVisibilityDelayMs", o.orderVisibilityDelayMs ?? 0, 0),
    pageAlignedOffset: booleanOption("pageAlignedOffset", o.pageAlignedOffset ?? false),
    requireShipTo: booleanOption("requireShipTo", o.requireShipTo ?? true),
    dataFile: o.dataFile === undefined ? undefined : nonEmptyString("dataFile", o.dataFile),
    publicBaseUrl: o.publicBaseUrl === undefined ? undefined : normalizePublicBaseUrl(o.publicBaseUrl),
    clock: clock as () => Date,
  };
}
