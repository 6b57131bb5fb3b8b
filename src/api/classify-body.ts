// CONTRACT.md §5 "Client: classifying a body": check the status first, then take the first rule that matches,
// and never fail because of the body's shape. Pure.
import type { ValidationItem } from "./wire-types.js";

export type BodyClass =
  /** Rule 1: `{"status":"ERROR","errors":[…]}`, on a 400 or even on a 200. */
  | { kind: "validation"; items: ValidationItem[] }
  /** Rule 2: the documented flat error `{status, id, errorCode, message}`. */
  | { kind: "flat"; item: ValidationItem }
  /** Rule 3: `{"error": "…"}` from the gateway or the OAuth server. */
  | { kind: "gateway"; error: string; description?: string }
  /** Rule 4: only `{"message": "…"}` (APIkit defaults such as "Resource not found"). */
  | { kind: "message"; message: string }
  /** A JSON body none of the rules describe (for a 2xx, usually the data itself). */
  | { kind: "other"; value: unknown }
  /** Rule 5: not JSON (HTML, empty, cut short). `snippet` is the first 2 KB, for the log. */
  | { kind: "unknown"; snippet: string };

/** The first 2 KB of an unreadable body are logged (§5 rule 5). */
export const SNIPPET_LENGTH = 2048;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Parses a response body's text as JSON, or undefined when it is not JSON. */
export function parseJson(raw: string): { value: unknown } | undefined {
  if (raw.trim() === "") return undefined;
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch {
    return undefined;
  }
}

function toItem(value: unknown): ValidationItem {
  const record = isRecord(value) ? value : {};
  const item: ValidationItem = {
    errorCode: text(record.errorCode) ?? "UNKNOWN",
    message: text(record.message) ?? "",
  };
  if (typeof record.status === "number") item.status = record.status;
  if (typeof record.id === "string") item.id = record.id;
  if (typeof record.field === "string") item.field = record.field;
  return item;
}

export function classifyBody(raw: string): BodyClass {
  const parsed = parseJson(raw);
  if (parsed === undefined) return { kind: "unknown", snippet: raw.slice(0, SNIPPET_LENGTH) };
  const body = parsed.value;
  if (!isRecord(body)) return { kind: "other", value: body };
  if (body.status === "ERROR" && Array.isArray(body.errors)) {
    return { kind: "validation", items: body.errors.map(toItem) };
  }
  if (typeof body.status === "number" && typeof body.errorCode === "string") {
    return { kind: "flat", item: toItem(body) };
  }
  const error = text(body.error);
  if (error !== undefined) {
    const description = text(body.error_description);
    return description === undefined ? { kind: "gateway", error } : { kind: "gateway", error, description };
  }
  const message = text(body.message);
  if (message !== undefined && Object.keys(body).length === 1) return { kind: "message", message };
  return { kind: "other", value: body };
}

/** The items a row error carries: every validation message, or the one flat error (§5 rules 1–2). */
export function validationItems(body: BodyClass): ValidationItem[] | undefined {
  if (body.kind === "validation") return body.items;
  if (body.kind === "flat") return [body.item];
  return undefined;
}

/** A short human-readable account of an error body, for messages (never the whole body). */
export function describeBody(body: BodyClass): string {
  switch (body.kind) {
    case "validation":
      return body.items.map((item) => `${item.errorCode}: ${item.message}`).join("; ");
    case "flat":
      return `${body.item.errorCode}: ${body.item.message}`;
    case "gateway":
      return body.description === undefined ? body.error : `${body.error}: ${body.description}`;
    case "message":
      return body.message;
    case "other":
      return "an unexpected JSON body";
    case "unknown":
      return body.snippet === "" ? "an empty body" : "a body that is not JSON";
  }
}
