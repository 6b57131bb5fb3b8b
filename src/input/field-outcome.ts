// What a normaliser returns for one value: the value (with the reason when it changed it), or a problem whose
// message starts with the user's column header and says what to fix.
import type { RowProblem } from "./canonical-row.js";
import type { RowProblemCode } from "./row-problem-codes.js";

export type FieldOutcome = { value: string; reason?: string } | { problem: RowProblem };

export const keep = (value: string): FieldOutcome => ({ value });

/** `value` as normalised from `original`; no reason when nothing changed. */
export const normalised = (original: string, value: string, reason: string): FieldOutcome =>
  value === original ? { value } : { value, reason };

export const problemAt = (code: RowProblemCode, column: string, detail: string): RowProblem => ({
  code,
  column,
  message: `${column}: ${detail}`,
});

export const refuse = (code: RowProblemCode, column: string, detail: string): FieldOutcome => ({
  problem: problemAt(code, column, detail),
});

/** A value as quoted in messages. */
export const quote = (value: string): string => JSON.stringify(value);
