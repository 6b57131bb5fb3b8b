// Hand-written lines: the contract's example lines first (examples/services-page.json lists 34415733–35), then
// lines that exercise each rule and edge case the client must handle. Their ids are stable for every seed.
import { buildServiceLine, OWNED_MODELS, ORDER_ACTIONS } from "./build-service-line.js";
import type { LineChoices } from "./build-service-line.js";
import { MARIA_LOPEZ_ID, PETER_EDWARDS_ID } from "./seed-employees.js";
import { ATT_ID, BELL_ID, ROGERS_ID, SPRINT_ID, TMOBILE_ID, VERIZON_ID } from "./seed-vendors.js";
import type { SimScriptedOutcome, SimServiceAsset } from "./types.js";

/** Service ids with a purpose, for tests and fixtures/example.csv. */
export const SPECIAL_SERVICE_IDS = {
  example: "34415733",
  suspended: "34415734",
  verizonExample: "34415735",
  deactivated: "34415736",
  withoutPortAction: "34415737",
  sharedActive: "34415738", // shares 5123440004 with a DEACTIVATED line: resolvable (§8.6)
  sharedDeactivated: "34415739",
  ambiguousA: "34415740", // shares 5123440005 with another ACTIVE line: ambiguous (§8.6)
  ambiguousB: "34415741",
  rejectedAccount: "34415742",
  rejectedPin: "34415743",
  rejectedName: "34415744",
  cancelled: "34415745",
  canadaToronto: "34415746",
  canadaMontreal: "34415747",
  canadaVancouver: "34415748",
} as const;

const IPHONE_6 = OWNED_MODELS[1]!;
const GALAXY_S5 = OWNED_MODELS[3]!;

const CARRIERS = {
  att: { vendorId: ATT_ID, accessMethod: "GSM", planName: "AT&T Business Unlimited" },
  verizon: {
    vendorId: VERIZON_ID,
    accessMethod: "CDMA",
    planName: "Nationwide for Business Talk Share Plan",
  },
  tmobile: { vendorId: TMOBILE_ID, accessMethod: "GSM", planName: "Magenta for Business" },
  sprint: { vendorId: SPRINT_ID, accessMethod: "CDMA", planName: "Sprint Business Unlimited" },
  rogers: { vendorId: ROGERS_ID, accessMethod: "GSM", planName: "Rogers Business Share 10GB" },
  bell: { vendorId: BELL_ID, accessMethod: "LTE", planName: "Bell Business Unlimited" },
} as const;

type Extra = Pick<LineChoices, "status" | "model" | "orderActions" | "accessMethodLabel">;

/** [serviceNumber, holder (an example employee id, or the n-th generated owner), current carrier, extras];
 * in SPECIAL_SERVICE_IDS order. */
// prettier-ignore
const LINES: readonly (readonly [string, string | number, keyof typeof CARRIERS, Extra?])[] = [
  ["5123440000", PETER_EDWARDS_ID, "att"],
  ["5123440001", MARIA_LOPEZ_ID, "att", { status: "SUSPENDED", model: IPHONE_6 }],
  ["2035550143", MARIA_LOPEZ_ID, "verizon", { model: IPHONE_6, accessMethodLabel: "CDMA_PCS" }],
  ["5123440002", 0, "att", { status: "DEACTIVATED", model: GALAXY_S5 }],
  ["5123440003", 1, "verizon", { orderActions: ORDER_ACTIONS.activeWithoutPort }],
  ["5123440004", 2, "tmobile", { model: IPHONE_6 }],
  ["5123440004", 2, "att", { status: "DEACTIVATED" }],
  ["5123440005", 3, "att"],
  ["5123440005", 4, "sprint", { model: GALAXY_S5 }],
  ["5123440006", 5, "att"],
  ["5123440007", 6, "att", { model: IPHONE_6 }],
  ["5123440008", 7, "tmobile"],
  ["5123440009", 0, "sprint", { model: GALAXY_S5 }],
  ["4165550123", 1, "rogers", { model: IPHONE_6 }],
  ["5145550188", 2, "bell"],
  ["6045550142", 3, "rogers", { model: GALAXY_S5 }],
];

/** The hand-written lines. `ownerIds` are generated employees who hold the lines that are not the examples'. */
export function createSpecialServices(ownerIds: readonly string[]): SimServiceAsset[] {
  return LINES.map(([serviceNumber, holder, carrier, extra], index) =>
    buildServiceLine({
      index,
      serviceNumber,
      employeeId:
        typeof holder === "string" ? holder : (ownerIds[holder % ownerIds.length] ?? PETER_EDWARDS_ID),
      ...CARRIERS[carrier],
      ...extra,
      // examples/services-page.json numbers the IMEIs of the lines after the first one by one.
      ...(index === 0 ? {} : { serialNumber: String(12345678901233 + index).padStart(15, "0") }),
    }),
  );
}

/** Scripted port outcomes (§11.1): these lines' ports end REJECTED or CANCELLED with the reason in history. */
export function createScriptedOutcomes(): SimScriptedOutcome[] {
  const ids = SPECIAL_SERVICE_IDS;
  return [
    {
      serviceId: ids.rejectedAccount,
      finalStatus: "REJECTED",
      comment: "Carrier rejected the port: account number does not match",
    },
    {
      serviceId: ids.rejectedPin,
      finalStatus: "REJECTED",
      comment: "Carrier rejected the port: PIN incorrect",
    },
    {
      serviceId: ids.rejectedName,
      finalStatus: "REJECTED",
      comment: "Carrier rejected the port: Name on invoice does not match",
    },
    { serviceId: ids.cancelled, finalStatus: "CANCELLED", comment: "Cancelled at the customer's request" },
  ];
}
