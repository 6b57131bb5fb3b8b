// Option checks with exact messages that name the option, the value and what was expected (STYLE.md rule 4;
// p-limit style TypeErrors).

export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "a function";
  if (value !== null && typeof value === "object") {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  }
  return String(value);
}

export function fail(name: string, expected: string, value: unknown): never {
  throw new TypeError(`Expected \`${name}\` to be ${expected}, got ${describeValue(value)}`);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Rejects keys outside `known`, so a typo (`latency` for `latencyMs`) is not silently ignored. */
export function rejectUnknownKeys(
  name: string,
  value: Record<string, unknown>,
  known: readonly string[],
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TypeError(
        `Unknown option \`${name ? `${name}.` : ""}${key}\`; expected one of ${known.join(", ")}`,
      );
    }
  }
}

export function integerIn(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(name, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

export function numberAtLeast(name: string, value: unknown, min: number, exclusive = false): number {
  const ok = typeof value === "number" && Number.isFinite(value) && (exclusive ? value > min : value >= min);
  if (!ok) fail(name, `a finite number ${exclusive ? ">" : ">="} ${min}`, value);
  return value;
}

export function fraction(name: string, value: unknown): number {
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) fail(name, "a number from 0 to 1", value);
  return value;
}

export function booleanOption(name: string, value: unknown): boolean {
  if (typeof value !== "boolean") fail(name, "a boolean", value);
  return value;
}

export function nonEmptyString(name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") fail(name, "a non-empty string", value);
  return value;
}
