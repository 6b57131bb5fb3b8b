// Confirm and submit answers as row outcomes (CONTRACT.md §5, §11.3). A validation list, on a 400 or even on a
// 200, is a rejection with every item; a flat 400 on POST /orders is a one-item rejection. A submit that may
// have reached the application (5xx, timeout, dropped connection, unreadable 200) is in doubt; one that
// certainly did not (429s or refused connections past the bounds) is a plain failure.
import type { ConfirmResult, Rejection, SubmitResult } from "./api-results.js";
import { hasContext } from "./build-headers.js";
import { validationItems, type BodyClass } from "./classify-body.js";
import { failureOrThrow, type FailureContext } from "./classify-failure.js";
import type { SendResult } from "./send-request.js";
import type { Order, OrderConfirmation } from "./wire-types.js";

const contextFor = (logPath: string, employee: string | undefined): FailureContext => ({
  method: "POST",
  logPath,
  scope: "row",
  fixedPath: true,
  hasContext: hasContext(employee),
});

function rejectionOf(status: number, body: BodyClass): Rejection | undefined {
  const items = validationItems(body);
  const rejectable = status === 400 || (status >= 200 && status < 300);
  return rejectable && items !== undefined && items.length > 0
    ? { kind: "rejected", items, status }
    : undefined;
}

export function confirmResultOf(
  result: SendResult<OrderConfirmation>,
  { employee }: { employee?: string | undefined },
): ConfirmResult {
  switch (result.kind) {
    case "ok":
      return { kind: "ok", confirmation: result.value };
    case "error":
      return (
        rejectionOf(result.status, result.body) ??
        failureOrThrow(result.status, result.body, contextFor("/orders?confirm=true", employee))
      );
    case "exhausted":
    case "in-doubt": // a confirm is sent as "safe", so it is never in doubt; kept total for the type
      return {
        kind: "failed",
        message: result.message,
        ...(result.status === undefined ? {} : { status: result.status }),
      };
  }
}

export function submitResultOf(
  result: SendResult<Order>,
  { employee }: { employee?: string | undefined },
): SubmitResult {
  switch (result.kind) {
    case "ok":
      return { kind: "ok", order: result.value };
    case "error":
      return (
        rejectionOf(result.status, result.body) ??
        failureOrThrow(result.status, result.body, contextFor("/orders", employee))
      );
    case "exhausted":
      return {
        kind: "failed",
        message: result.message,
        ...(result.status === undefined ? {} : { status: result.status }),
      };
    case "in-doubt":
      return {
        kind: "in-doubt",
        message: result.message,
        ...(result.status === undefined ? {} : { status: result.status }),
      };
  }
}
