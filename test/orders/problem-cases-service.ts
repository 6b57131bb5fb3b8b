// Table cases for resolveRow's problems: a row changed from the tutorial's, and its exact problems (code, the
// user's column, message). The service, the carrier and the catalog.
import type { CanonicalRow, RowProblem } from "../../src/input/canonical-row.js";
import { tutorialRow } from "./reference-fixture.js";

export type ProblemCase = [name: string, row: CanonicalRow, problems: RowProblem[]];

export const p = (code: string, column: string, message: string): RowProblem => ({ code, column, message });

export const serviceAndCatalogCases: ProblemCase[] = [
  [
    "REQUIRED service",
    tutorialRow({ service_number: "" }),
    [p("REQUIRED", "Wireless #", "Give the service number (or the service_id) of the line to port")],
  ],
  [
    "SERVICE_UNKNOWN by number",
    tutorialRow({ service_number: "9995550000" }),
    [
      p(
        "SERVICE_UNKNOWN",
        "Wireless #",
        'No service of the tenant has number "9995550000"; check the number and the tenant',
      ),
    ],
  ],
  [
    "SERVICE_UNKNOWN by id",
    tutorialRow({ service_id: "123" }),
    [p("SERVICE_UNKNOWN", "service_id", 'No service of the tenant has id "123"; check the service id')],
  ],
  [
    "SERVICE_MISMATCH",
    tutorialRow({ service_id: "34415733", service_number: "2035550143" }),
    [
      p(
        "SERVICE_MISMATCH",
        "Wireless #",
        '"2035550143" is not the number of service 34415733 (5123440000); correct Wireless # or service_id',
      ),
    ],
  ],
  [
    "SERVICE_AMBIGUOUS",
    tutorialRow({ service_number: "2125550199" }),
    [
      p(
        "SERVICE_AMBIGUOUS",
        "Wireless #",
        'Number "2125550199" belongs to 2 services (ids 50000003, 50000004), 2 of them ACTIVE; give the service_id of the line to port',
      ),
    ],
  ],
  [
    "SERVICE_STATUS and ORDER_ACTION",
    tutorialRow({ service_number: "5123440001" }),
    [
      p("SERVICE_STATUS", "Wireless #", "Service 5123440001 is SUSPENDED; only an ACTIVE line can be ported"),
      p(
        "ORDER_ACTION",
        "Wireless #",
        "Service 5123440001 does not allow PORT_NUMBER (allowed: UNSUSPEND, DEACTIVATE); this line cannot be ported through the API, remove the row",
      ),
    ],
  ],
  [
    "REQUIRED carrier",
    tutorialRow({ new_carrier: "" }),
    [p("REQUIRED", "Carrier", "Give the new carrier's name or id")],
  ],
  [
    "CARRIER_UNKNOWN",
    tutorialRow({ new_carrier: "Verison" }),
    [
      p(
        "CARRIER_UNKNOWN",
        "Carrier",
        '"Verison" is not a known carrier; closest: "Verizon Wireless", "T-Mobile", "AT&T Mobility"',
      ),
    ],
  ],
  [
    "SAME_CARRIER",
    tutorialRow({ service_number: "2035550143" }),
    [
      p(
        "SAME_CARRIER",
        "Carrier",
        "Service 2035550143 is already with Verizon Wireless; choose another new carrier",
      ),
    ],
  ],
  ["REQUIRED plan", tutorialRow({ plan: "" }), [p("REQUIRED", "Plan", "Give the new plan's name or id")]],
  [
    "PLAN_UNKNOWN",
    tutorialRow({ plan: "Nationwide Talk" }),
    [
      p(
        "PLAN_UNKNOWN",
        "Plan",
        '"Nationwide Talk" is not a plan of Verizon Wireless; closest: "Nationwide for Business Talk Share Plan"',
      ),
    ],
  ],
  [
    "DEVICE_UNKNOWN",
    tutorialRow({ device: "iPhone 5" }),
    [
      p(
        "DEVICE_UNKNOWN",
        "Device",
        '"iPhone 5" is not a device the catalog offers for Verizon Wireless; closest: "Apple iPhone 5 (16GB) - Black", "Samsung Galaxy S5 (16GB) - Black"',
      ),
    ],
  ],
  [
    "FEATURE_UNKNOWN",
    tutorialRow({ optional_features: "Visual Voicemail;2101" }),
    [
      p(
        "FEATURE_UNKNOWN",
        "Features",
        '"Visual Voicemail" is not an optional feature of plan "Nationwide for Business Talk Share Plan"; closest: "Visual Voice Mail", "Wireless Phone Protection (Advanced Devices)", "Mobile Hotspot"',
      ),
    ],
  ],
];
