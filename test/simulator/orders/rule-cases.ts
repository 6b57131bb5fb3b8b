// Table-test support for the §9 rules: a case breaks one thing in examples/port-order-request.json (optionally in
// a fresh fixture or the context too) and names the exact [errorCode, field] list expected.
import { expect } from "vitest";
import { validateOrderRequest } from "../../../src/simulator/orders/validate-order-request.js";
import type {
  JsonObject,
  ValidationContext,
  ValidationResult,
} from "../../../src/simulator/orders/validation-types.js";
import type { Fixture } from "../../../src/simulator/seed/types.js";
import { exampleOrderRequest, smallFixture, validationContext } from "./order-test-helpers.js";

export interface RuleCase {
  rule: number;
  name: string;
  change: (request: JsonObject) => void;
  setup?: (fixture: Fixture) => void;
  context?: (fixture: Fixture) => Partial<ValidationContext>;
  expected: [errorCode: string, field: string][];
}

export const MISC = "orderRequest.properties.MISCELLANEOUS";
export const ADDRESS = "orderRequest.shipTo.address";

export const text = (value: string): JsonObject => ({ type: "TEXT", text: value });

/** The example line (34415733) in a fixture a case may change. */
export const exampleLine = (f: Fixture) => f.services.find((s) => s.id === "34415733")!;

export function validate(request: JsonObject, c: Pick<RuleCase, "setup" | "context"> = {}): ValidationResult {
  const fixture = smallFixture();
  c.setup?.(fixture);
  return validateOrderRequest(request, validationContext(fixture, c.context?.(fixture)));
}

export function expectRuleCase({ change, setup, context, expected }: RuleCase): void {
  const request = exampleOrderRequest();
  change(request);
  const result = validate(request, { ...(setup && { setup }), ...(context && { context }) });
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : result.errors.map((e) => [e.errorCode, e.field])).toEqual(expected);
}
