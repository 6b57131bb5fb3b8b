// Which failures end the run and which belong to a row (CONTRACT.md §5 "Client: what each status means").
// Whole-run failures throw ApiError; the rest come back as a CallFailure.
import { ApiError } from "../errors.js";
import type { CallFailure } from "./api-results.js";
import { describeBody, type BodyClass } from "./classify-body.js";

/** run: token, /regions, /vendors, the service index. shared: step 3 (plans, properties). row: steps 4–7. */
export type CallScope = "run" | "shared" | "row";

export interface FailureContext {
  method: string;
  logPath: string;
  scope: CallScope;
  /** A fixed path such as /orders or /catalog/plans, as opposed to /{id} of a row's object. */
  fixedPath: boolean;
  /** Whether the call carried a context header (a 403 is then the row's actor problem). */
  hasContext: boolean;
}

const FATAL_STATUSES = new Set([405, 406, 415]);

function errorCodeOf(body: BodyClass): string | undefined {
  if (body.kind === "flat") return body.item.errorCode;
  if (body.kind === "gateway") return body.error;
  if (body.kind === "validation") return body.items[0]?.errorCode;
  return undefined;
}

/** A final non-data answer: throws ApiError when it ends the run, else returns the row's failure. */
export function failureOrThrow(status: number, body: BodyClass, context: FailureContext): CallFailure {
  const errorCode = errorCodeOf(body);
  const message = `${context.method} ${context.logPath} answered HTTP ${status} (${describeBody(body)})`;
  const details = errorCode === undefined ? { status } : { status, errorCode };
  if (status === 403 && !context.hasContext) {
    throw new ApiError("AUTH", `${message}: the tenant or the user lacks the rights`, details);
  }
  if (status === 404 && context.fixedPath) {
    throw new ApiError("UNREACHABLE", `${message}: check the base URL`, details);
  }
  if (FATAL_STATUSES.has(status) || context.scope === "run")
    throw new ApiError("UNREACHABLE", message, details);
  return { kind: "failed", message, ...details };
}

/** Transient failures went on too long: fatal for a run-wide call, else the row's (or shared) failure. */
export function exhaustedOrThrow(message: string, status: number | undefined, scope: CallScope): CallFailure {
  const details = status === undefined ? {} : { status };
  if (scope === "run") throw new ApiError("UNREACHABLE", message, { ...details, retryable: true });
  return { kind: "failed", message, ...details };
}
