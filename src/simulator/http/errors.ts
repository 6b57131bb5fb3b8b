// Error bodies the simulator answers with (CONTRACT.md §5 "Simulator shapes").
import type { SimResponse } from "./route-types.js";

/** The documented flat Tangoe error (examples/error-flat.json): unknown path ids, bad parameters, forbidden. */
export function flatError(status: number, errorCode: string, message: string, id: string): SimResponse {
  return { status, body: { errorCode, id, message, status } };
}

/** APIkit-style answers of the gateway router (F10, F13). */
export const notFound = (): SimResponse => ({ status: 404, body: { message: "Resource not found" } });
export const methodNotAllowed = (): SimResponse => ({ status: 405, body: { message: "Method not allowed" } });
export const unsupportedMediaType = (): SimResponse => ({
  status: 415,
  body: { message: "Unsupported media type" },
});
export const payloadTooLarge = (): SimResponse => ({
  status: 413,
  body: { message: "Request entity too large" },
});

/** The gateway's answer to a missing, unknown or expired token, or a client_id that does not match it (D3). */
export const invalidToken = (): SimResponse => ({ status: 401, body: { error: "invalid_token" } });

/** The rate-limit policy's body (F12); the caller adds Retry-After and the X-Ratelimit-* headers. */
export const quotaExceeded = (): SimResponse => ({ status: 429, body: { error: "Quota has been exceeded" } });

/** A token endpoint error (RFC 6749 §5.2, examples/token-error.json, F4). */
export function tokenError(status: 400 | 401, error: string, description: string): SimResponse {
  return {
    status,
    body: { error, error_description: description },
    headers: { "Cache-Control": "no-store" },
  };
}
