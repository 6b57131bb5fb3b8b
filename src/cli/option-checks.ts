// Options in, normalized options out (STYLE.md rule 4): each check names the option, the value and what was
// expected, e.g. Expected `--rate` to be a number > 0, got "fast".
import { UsageError } from "../errors.js";

const shown = (value: unknown): string => (typeof value === "string" ? `"${value}"` : String(value));

/** Flags are declared as strings so a message can quote what the user typed ("fast", not NaN). */
const toNumber = (value: unknown): number | undefined => {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  return undefined;
};

export function positiveNumber(option: string, raw: unknown): number {
  const value = toNumber(raw);
  if (value === undefined || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`Expected \`${option}\` to be a number > 0, got ${shown(raw)}`);
  }
  return value;
}

export function nonNegativeNumber(option: string, raw: unknown): number {
  const value = toNumber(raw);
  if (value === undefined || !Number.isFinite(value) || value < 0) {
    throw new UsageError(`Expected \`${option}\` to be a number >= 0, got ${shown(raw)}`);
  }
  return value;
}

export function positiveInteger(option: string, raw: unknown): number {
  const value = toNumber(raw);
  if (value === undefined || !Number.isInteger(value) || value <= 0) {
    throw new UsageError(`Expected \`${option}\` to be a whole number > 0, got ${shown(raw)}`);
  }
  return value;
}

export function fraction(option: string, raw: unknown): number {
  const value = toNumber(raw);
  if (value === undefined || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(`Expected \`${option}\` to be a fraction between 0 and 1, got ${shown(raw)}`);
  }
  return value;
}
