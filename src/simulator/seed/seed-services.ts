// Generated lines (CONTRACT.md §8.6): mostly ACTIVE US lines spread over four carriers, a few SUSPENDED or
// DEACTIVATED, a few without PORT_NUMBER, some Canadian. Lines are drawn one after another from one random
// stream, so the first N lines are the same whatever the total (fixtures/example.csv relies on it).
import { buildServiceLine, OWNED_MODELS, ORDER_ACTIONS } from "./build-service-line.js";
import type { Random } from "./create-random.js";
import { ATT_ID, BELL_ID, ROGERS_ID, SPRINT_ID, TMOBILE_ID, VERIZON_ID } from "./seed-vendors.js";
import type { SimPlan, SimServiceAsset, SimVendor } from "./types.js";

// prettier-ignore
const US_AREA_CODES = ["212", "213", "303", "305", "312", "404", "415", "469", "503", "512", "602", "614", "617",
  "646", "704", "713", "720", "737", "773", "801", "858", "919", "206", "215"];
const CANADIAN_AREA_CODES = ["416", "437", "514", "604", "613", "647", "778"];

/** Current carriers of generated lines, by weight (US carriers 97 %, Canadian 3 %). */
const CARRIER_WEIGHTS: readonly (readonly [vendorId: string, weight: number])[] = [
  [ATT_ID, 40],
  [VERIZON_ID, 30],
  [TMOBILE_ID, 18],
  [SPRINT_ID, 9],
  [ROGERS_ID, 2],
  [BELL_ID, 1],
];
const TOTAL_WEIGHT = CARRIER_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);

function pickCarrier(random: Random): string {
  let roll = random.int(1, TOTAL_WEIGHT);
  for (const [vendorId, weight] of CARRIER_WEIGHTS) {
    roll -= weight;
    if (roll <= 0) return vendorId;
  }
  return ATT_ID;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const ymd = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const isoSeconds = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;
const JAN_2012 = Date.UTC(2012, 0, 1);
const JAN_2016 = Date.UTC(2016, 0, 1);
const APR_25_2016 = Date.UTC(2016, 3, 25);
const DAY_MS = 86_400_000;

export interface GenerateLinesInput {
  random: Random;
  tenant: string;
  firstIndex: number;
  count: number;
  ownerIds: readonly string[];
  vendors: readonly SimVendor[];
  plans: readonly SimPlan[];
  /** Numbers already in use; a generated number is unique and is added to it. */
  numbersInUse: Set<string>;
  /** Whether to vary status, order actions and country (false for the small second tenant). */
  varied: boolean;
}

export function generateServiceLines(input: GenerateLinesInput): SimServiceAsset[] {
  const { random, vendors, plans, numbersInUse } = input;
  const lines: SimServiceAsset[] = [];
  const vendorById = new Map(vendors.map((v) => [v.id, v]));
  const planNames = new Map<string, string[]>();
  for (const p of plans) planNames.set(p.vendorId, [...(planNames.get(p.vendorId) ?? []), p.name]);
  for (let i = 0; i < input.count; i++) {
    const vendorId = input.varied ? pickCarrier(random) : random.pick([ATT_ID, VERIZON_ID, TMOBILE_ID]);
    const vendor = vendorById.get(vendorId);
    const canadian = vendorId === ROGERS_ID || vendorId === BELL_ID;
    let serviceNumber: string;
    do {
      const area = random.pick(canadian ? CANADIAN_AREA_CODES : US_AREA_CODES);
      serviceNumber = `${area}${random.int(200, 999)}${pad(random.int(0, 9999), 4)}`;
    } while (numbersInUse.has(serviceNumber));
    numbersInUse.add(serviceNumber);
    const roll = random.next();
    const status: SimServiceAsset["status"] =
      !input.varied || roll < 0.96 ? "ACTIVE" : roll < 0.99 ? "SUSPENDED" : "DEACTIVATED";
    const withoutPort = input.varied && status === "ACTIVE" && random.chance(0.01);
    const start = JAN_2012 + random.int(0, 1400) * DAY_MS;
    const vendorPlans = planNames.get(vendorId) ?? ["Business Plan"];
    lines.push(
      buildServiceLine({
        index: input.firstIndex + i,
        tenant: input.tenant,
        serviceNumber,
        vendorId,
        accessMethod: vendor?.accessMethod ?? "GSM",
        employeeId: random.pick(input.ownerIds),
        planName: random.pick(vendorPlans),
        status,
        ...(withoutPort ? { orderActions: ORDER_ACTIONS.activeWithoutPort } : {}),
        model: random.pick(OWNED_MODELS),
        serialNumber: `35${pad(random.int(0, 9_999_999), 7)}${pad(random.int(0, 999_999), 6)}`,
        macAddress: `1C:0D:${random.chars(2, "0123456789ABCDEF")}:${random.chars(2, "0123456789ABCDEF")}`,
        companyAssetId: `${input.tenant}-A${pad(input.firstIndex + i, 6)}`,
        contractStart: ymd(start),
        lastDeviceUpgrade: ymd(start + random.int(30, 700) * DAY_MS),
        updated: isoSeconds(JAN_2016 + random.int(0, (APR_25_2016 - JAN_2016) / 1000) * 1000),
      }),
    );
  }
  return lines;
}
