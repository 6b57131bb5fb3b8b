import { describe, expect, it } from "vitest";
import type { PropertyDefinition, PropertyValue } from "../../src/api/wire-types.js";
import type { PropertyCheck } from "../../src/orders/property-value.js";
import { toPropertyValue } from "../../src/orders/property-value.js";

const text = (extra: Partial<PropertyDefinition> = {}): PropertyDefinition => ({
  id: "ACCOUNT_REF",
  label: "Account Reference",
  type: "TEXT",
  validation: "OPTIONAL",
  ...extra,
});
const date = (extra: Partial<PropertyDefinition> = {}): PropertyDefinition => ({
  id: "PREFERRED_PORT_DATE",
  label: "Preferred Port Date",
  type: "DATE",
  validation: "OPTIONAL",
  ...extra,
});
const ok = (value: PropertyValue): PropertyCheck => ({ value, problems: [] });
const bad = (code: string, message: string): PropertyCheck => ({
  problems: [{ code, column: "Col", message }],
});

describe("toPropertyValue (CONTRACT.md §9 rules 15-19, F30)", () => {
  it.each<[string, PropertyDefinition, string, PropertyCheck]>([
    ["blank OPTIONAL is absent", text(), "", { problems: [] }],
    [
      "blank REQUIRED is missing",
      text({ validation: "REQUIRED" }),
      "",
      bad("PROPERTY_REQUIRED", "Acme requires Account Reference (ACCOUNT_REF) for a port; fill the column"),
    ],
    ["TEXT", text(), "AB-1", ok({ id: "ACCOUNT_REF", type: "TEXT", text: "AB-1" })],
    [
      "length counts code points, not UTF-16 units",
      text({ maxLength: 3 }),
      "😀😀😀",
      ok({ id: "ACCOUNT_REF", type: "TEXT", text: "😀😀😀" }),
    ],
    [
      "too long",
      text({ minLength: 1, maxLength: 3 }),
      "ABCD",
      bad("PROPERTY_LENGTH", "Account Reference has 4 characters; the carrier accepts 1 to 3"),
    ],
    [
      "too short without a maximum",
      text({ minLength: 5 }),
      "ABCD",
      bad("PROPERTY_LENGTH", "Account Reference has 4 characters; the carrier accepts at least 5"),
    ],
    [
      "regEx matches the whole value",
      text({ regEx: "[0-9]{3}" }),
      "1234",
      bad("PROPERTY_FORMAT", '"1234" does not have the format of Account Reference ([0-9]{3})'),
    ],
    [
      "regEx with a display pattern",
      text({ regEx: "[0-9]{3}", pattern: "999" }),
      "12a",
      bad("PROPERTY_FORMAT", '"12a" does not have the format of Account Reference (999)'),
    ],
    [
      "regEx alternation is anchored as a whole",
      text({ regEx: "a|b" }),
      "ab",
      bad("PROPERTY_FORMAT", '"ab" does not have the format of Account Reference (a|b)'),
    ],
    [
      "a secret value is not shown",
      text({ id: "PIN_PASSWORD", label: "PIN", regEx: "\\d+" }),
      "12ab",
      bad("PROPERTY_FORMAT", "The value does not have the format of PIN (\\d+)"),
    ],
    [
      "a regEx that does not compile checks nothing",
      text({ regEx: "(" }),
      "x",
      ok({ id: "ACCOUNT_REF", type: "TEXT", text: "x" }),
    ],
    [
      "DATE ISO",
      date(),
      "2016-12-22",
      ok({ id: "PREFERRED_PORT_DATE", type: "DATE", date: "2016-12-22T00:00:00Z" }),
    ],
    [
      "DATE ISO date-time keeps its calendar date",
      date(),
      "2016-12-22T15:30:00-05:00",
      ok({ id: "PREFERRED_PORT_DATE", type: "DATE", date: "2016-12-22T00:00:00Z" }),
    ],
    [
      "DATE US",
      date(),
      "1/5/2017",
      ok({ id: "PREFERRED_PORT_DATE", type: "DATE", date: "2017-01-05T00:00:00Z" }),
    ],
    [
      "DATE with a YYYY-MM-DD regEx",
      date({ regEx: "\\d{4}-\\d{2}-\\d{2}" }),
      "12/22/2016",
      ok({ id: "PREFERRED_PORT_DATE", type: "DATE", date: "2016-12-22" }),
    ],
    [
      "DATE with an MM/DD/YYYY regEx",
      date({ regEx: "\\d{2}/\\d{2}/\\d{4}" }),
      "2016-12-22",
      ok({ id: "PREFERRED_PORT_DATE", type: "DATE", date: "12/22/2016" }),
    ],
    [
      "DATE no form matches the regEx",
      date({ regEx: "\\d{8}", pattern: "yyyymmdd" }),
      "2016-12-22",
      bad("PROPERTY_FORMAT", "No form of 2016-12-22 matches the format of Preferred Port Date (yyyymmdd)"),
    ],
    [
      "DATE not a real date",
      date(),
      "2017-02-29",
      bad("PROPERTY_FORMAT", '"2017-02-29" is not a date; write it as YYYY-MM-DD, e.g. 2016-12-22'),
    ],
    [
      "DATE not a date at all",
      date(),
      "next week",
      bad("PROPERTY_FORMAT", '"next week" is not a date; write it as YYYY-MM-DD, e.g. 2016-12-22'),
    ],
    [
      "unknown type",
      text({ type: "NUMBER" }),
      "5",
      bad(
        "PROPERTY_UNKNOWN",
        "Account Reference has type NUMBER, which bulkport cannot fill; leave it empty",
      ),
    ],
  ])("%s", (_name, definition, value, expected) => {
    expect(toPropertyValue(definition, value, "Col", "Acme")).toEqual(expected);
  });

  const reason: PropertyDefinition = {
    id: "ORDER_REASON",
    label: "Order Reason",
    type: "CHOICE",
    validation: "REQUIRED",
    choices: [
      { id: "1", label: "Cost savings" },
      { id: "2", label: "Plan: legacy" },
      { id: "9", label: "Something else", isOther: true },
    ],
  };
  it.each<[string, PropertyCheck]>([
    ["1", ok({ id: "ORDER_REASON", type: "CHOICE", choice: { id: "1" } })],
    ["COST SAVINGS", ok({ id: "ORDER_REASON", type: "CHOICE", choice: { id: "1" } })],
    ["Plan: legacy", ok({ id: "ORDER_REASON", type: "CHOICE", choice: { id: "2" } })],
    [
      "Other: new office",
      ok({ id: "ORDER_REASON", type: "CHOICE", choice: { id: "9", otherText: "new office" } }),
    ],
    [
      "something else:  a: b ",
      ok({ id: "ORDER_REASON", type: "CHOICE", choice: { id: "9", otherText: "a: b" } }),
    ],
    ["9: text", ok({ id: "ORDER_REASON", type: "CHOICE", choice: { id: "9", otherText: "text" } })],
    [
      "Something else",
      bad("PROPERTY_OTHER_TEXT", '"Something else" needs its text; write "Something else: <your text>"'),
    ],
    [
      "Coverage: better",
      bad(
        "PROPERTY_CHOICE",
        '"Coverage: better" is not a choice of Order Reason; choices: "Cost savings", "Plan: legacy", "Something else: <text>"',
      ),
    ],
  ])("CHOICE %j", (value, expected) => {
    expect(toPropertyValue(reason, value, "Col", "Acme")).toEqual(expected);
  });
});
