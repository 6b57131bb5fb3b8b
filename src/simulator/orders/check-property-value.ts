// Rules 17–19 (CONTRACT.md §9) for one non-blank property value against its definition (D10, F30).
import type { SimPropertyDefinition } from "../seed/types.js";
import { normalizeDateValue } from "./normalize-date-value.js";
import { codePointLength, isBlank, isJsonObject, matchesWhole, show } from "./validation-types.js";

export interface ValueProblem {
  errorCode: string;
  message: string;
}

export function checkPropertyValue(def: SimPropertyDefinition, value: unknown): ValueProblem | undefined {
  switch (def.type) {
    case "TEXT":
      return checkText(def, value);
    case "DATE":
      return checkDate(def, value);
    case "CHOICE":
      return checkChoice(def, value);
  }
}

/** Rule 17: length in code points within minLength..maxLength, and the whole value matches regEx. */
function checkText(def: SimPropertyDefinition, value: unknown): ValueProblem | undefined {
  if (typeof value !== "string") {
    return {
      errorCode: "400-Property-Type-error",
      message: `Order property ${def.id} text must be a string.`,
    };
  }
  const length = codePointLength(value);
  const min = def.minLength ?? 0;
  const max = def.maxLength ?? Number.POSITIVE_INFINITY;
  if (length < min || length > max) {
    const range = min === max ? `exactly ${min}` : `${min} to ${def.maxLength ?? "any number of"}`;
    return {
      errorCode: "400-Property-Length-error",
      message: `Order property ${def.id} must be ${range} characters long, got ${length}.`,
    };
  }
  if (def.regEx !== undefined && !matchesWhole(def.regEx, value)) {
    return {
      errorCode: "400-Property-Format-error",
      message: `Order property ${def.id} value '${value}' does not match ${def.regEx}.`,
    };
  }
  return undefined;
}

/** Rule 18: an ISO date-time, YYYY-MM-DD or MM/DD/YYYY; a defined regEx applies to the string as sent. */
function checkDate(def: SimPropertyDefinition, value: unknown): ValueProblem | undefined {
  if (typeof value !== "string" || normalizeDateValue(value) === undefined) {
    return {
      errorCode: "400-Property-Format-error",
      message: `Order property ${def.id} date ${show(value)} is not an ISO-8601 date-time or a YYYY-MM-DD date.`,
    };
  }
  if (def.regEx !== undefined && !matchesWhole(def.regEx, value)) {
    return {
      errorCode: "400-Property-Format-error",
      message: `Order property ${def.id} date '${value}' does not match ${def.regEx}.`,
    };
  }
  return undefined;
}

/** Rule 19: a listed choice; the `isOther` choice needs a non-blank otherText (F30). */
function checkChoice(def: SimPropertyDefinition, value: unknown): ValueProblem | undefined {
  const choices = def.choices ?? [];
  const id = isJsonObject(value) ? value.id : undefined;
  const choice = choices.find((c) => c.id === id);
  if (!isJsonObject(value) || choice === undefined) {
    return {
      errorCode: "400-Property-Choice-error",
      message: `Order property ${def.id} choice ${show(id)} is not one of ${choices.map((c) => c.id).join(", ")}.`,
    };
  }
  if (choice.isOther && isBlank(value.otherText)) {
    return {
      errorCode: "400-Property-Other-Text-error",
      message: `Order property ${def.id} choice ${choice.id} ("${choice.label}") needs a non-blank otherText.`,
    };
  }
  return undefined;
}
