// One order property value from the sheet, checked as the API checks it (CONTRACT.md §9 rules 15-19, F30), so a
// row that would fail is never sent. Secret values (PIN, account number) never appear in messages.
import type { PropertyDefinition, PropertyValue } from "../api/wire-types.js";
import type { RowProblem } from "../input/canonical-row.js";
import { SECRET_PROPERTIES, problem, quote } from "./column-names.js";
import { dateForms, parseDate } from "./property-date.js";
import { codePointLength, matchesWhole } from "./whole-match.js";

export interface PropertyCheck {
  value?: PropertyValue;
  problems: RowProblem[];
}

const shown = (definition: PropertyDefinition, value: string): string =>
  SECRET_PROPERTIES.has(definition.id) ? "The value" : quote(value);

const fail = (code: Parameters<typeof problem>[0], column: string, message: string): PropertyCheck => ({
  problems: [problem(code, column, message)],
});

const toText = (definition: PropertyDefinition, value: string, column: string): PropertyCheck => {
  const length = codePointLength(value);
  const { minLength = 0, maxLength = Number.POSITIVE_INFINITY } = definition;
  if (length < minLength || length > maxLength) {
    const range =
      maxLength === Number.POSITIVE_INFINITY ? `at least ${minLength}` : `${minLength} to ${maxLength}`;
    const message = `${definition.label} has ${length} characters; the carrier accepts ${range}`;
    return fail("PROPERTY_LENGTH", column, message);
  }
  if (definition.regEx !== undefined && !matchesWhole(definition.regEx, value)) {
    const format = definition.pattern ?? definition.regEx;
    const message = `${shown(definition, value)} does not have the format of ${definition.label} (${format})`;
    return fail("PROPERTY_FORMAT", column, message);
  }
  return { value: { id: definition.id, type: "TEXT", text: value }, problems: [] };
};

const toDate = (definition: PropertyDefinition, value: string, column: string): PropertyCheck => {
  const date = parseDate(value);
  if (date === undefined) {
    const message = `${quote(value)} is not a date; write it as YYYY-MM-DD, e.g. 2016-12-22`;
    return fail("PROPERTY_FORMAT", column, message);
  }
  const { regEx } = definition;
  const sent = dateForms(date).find((form) => regEx === undefined || matchesWhole(regEx, form));
  if (sent === undefined) {
    const message = `No form of ${date} matches the format of ${definition.label} (${definition.pattern ?? regEx})`;
    return fail("PROPERTY_FORMAT", column, message);
  }
  return { value: { id: definition.id, type: "DATE", date: sent }, problems: [] };
};

const OTHER_PREFIX = /^([^:]+):(.*)$/s;

const toChoice = (definition: PropertyDefinition, value: string, column: string): PropertyCheck => {
  const choices = definition.choices ?? [];
  const other = choices.find((choice) => choice.isOther === true);
  const lower = value.toLowerCase();
  const exact = choices.find((choice) => choice.id === value || choice.label.toLowerCase() === lower);
  const prefixed = exact === undefined ? OTHER_PREFIX.exec(value) : null;
  const prefix = prefixed?.[1]?.trim().toLowerCase();
  const isOtherPrefix =
    other !== undefined &&
    prefix !== undefined &&
    [other.id, other.label.toLowerCase(), "other"].includes(prefix);
  const chosen = exact ?? (isOtherPrefix ? other : undefined);
  if (chosen === undefined) {
    const labels = choices.map((choice) =>
      choice.isOther === true ? `${choice.label}: <text>` : choice.label,
    );
    const message = `${quote(value)} is not a choice of ${definition.label}; choices: ${labels.map(quote).join(", ")}`;
    return fail("PROPERTY_CHOICE", column, message);
  }
  if (chosen.isOther !== true)
    return { value: { id: definition.id, type: "CHOICE", choice: { id: chosen.id } }, problems: [] };
  const otherText = (prefixed?.[2] ?? "").trim();
  if (otherText === "") {
    const message = `${quote(chosen.label)} needs its text; write ${quote(`${chosen.label}: <your text>`)}`;
    return fail("PROPERTY_OTHER_TEXT", column, message);
  }
  return { value: { id: definition.id, type: "CHOICE", choice: { id: chosen.id, otherText } }, problems: [] };
};

/**
 * The value to send for `definition`, or the problems. `value` is trimmed; blank REQUIRED is missing and blank
 * OPTIONAL is absent (F30). `carrier` names the new carrier in messages.
 */
export const toPropertyValue = (
  definition: PropertyDefinition,
  value: string,
  column: string,
  carrier: string,
): PropertyCheck => {
  if (value === "") {
    if (definition.validation !== "REQUIRED") return { problems: [] };
    const message = `${carrier} requires ${definition.label} (${definition.id}) for a port; fill the column`;
    return fail("PROPERTY_REQUIRED", column, message);
  }
  switch (definition.type) {
    case "TEXT":
      return toText(definition, value, column);
    case "DATE":
      return toDate(definition, value, column);
    case "CHOICE":
      return toChoice(definition, value, column);
    default: {
      const message = `${definition.label} has type ${definition.type}, which bulkport cannot fill; leave it empty`;
      return fail("PROPERTY_UNKNOWN", column, message);
    }
  }
};
