// Access tokens (CONTRACT.md §3): the password grant, the refresh grant (refresh tokens rotate, F2), proactive
// refresh when less than max(60 s, 10 % of expires_in) remains (F3), and one re-grant after a 401 (§5). In
// bare-token mode there is nothing to refresh, so the first 401 is fatal. Token calls go through the same
// sender, hence through the limiter. Secrets appear in request bodies only, never in logs or messages.
import { ApiError } from "../errors.js";
import type { Credentials, LoggerLike } from "./api-client-options.js";
import { describeBody } from "./classify-body.js";
import type { Send } from "./send-request.js";
import type { TokenResponse } from "./wire-types.js";

export interface TokenProvider {
  readonly mode: "password" | "bare";
  /** A token that is valid for a while yet; concurrent callers share one grant. */
  getToken(): Promise<string>;
  /**
   * A call carrying `rejected` was answered 401. Gets a new token (refresh grant, else password grant) unless
   * another caller already did. Returns false when there is nothing to refresh with (bare-token mode).
   */
  invalidate(rejected: string | undefined): Promise<boolean>;
}

export interface TokenProviderDeps {
  credentials: Credentials;
  clientId: string;
  send: Send;
  now: () => number;
  logger: LoggerLike;
}

interface Held {
  accessToken: string;
  refreshToken: string | undefined;
  refreshAt: number;
  expiresAt: number;
}

const MIN_MARGIN_MS = 60_000;

function readTokenResponse(body: unknown): TokenResponse | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const expiresIn = Number(record.expires_in);
  if (typeof record.access_token !== "string" || record.access_token === "" || !(expiresIn > 0))
    return undefined;
  const token: TokenResponse = {
    token_type: typeof record.token_type === "string" ? record.token_type : "Bearer",
    expires_in: expiresIn,
    access_token: record.access_token,
  };
  if (typeof record.refresh_token === "string" && record.refresh_token !== "")
    token.refresh_token = record.refresh_token;
  return token;
}

export function createTokenProvider(deps: TokenProviderDeps): TokenProvider {
  const { credentials, clientId, send, now, logger } = deps;
  if (credentials.kind === "bare") {
    const token = credentials.accessToken;
    return { mode: "bare", getToken: () => Promise.resolve(token), invalidate: () => Promise.resolve(false) };
  }
  const { tokenUrl, clientSecret, username, password } = credentials;
  const logPath = new URL(tokenUrl).pathname;
  let held: Held | undefined;
  let pending: Promise<string> | undefined;

  const grant = async (fields: Record<string, string>): Promise<Held> => {
    const grantType = fields.grant_type ?? "";
    const form = new URLSearchParams({
      ...fields,
      client_id: clientId,
      client_secret: clientSecret,
      scope: "MOBPROC",
    });
    const result = await send({
      method: "POST",
      url: tokenUrl,
      logPath,
      mode: "safe",
      prepare: () =>
        Promise.resolve({
          headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
        }),
      body: { form },
      read: readTokenResponse,
    });
    if (result.kind === "ok") {
      const lifetimeMs = result.value.expires_in * 1000;
      const issuedAt = now();
      logger.debug({ grant: grantType, expiresInSec: result.value.expires_in }, "access token obtained");
      return {
        accessToken: result.value.access_token,
        refreshToken: result.value.refresh_token,
        expiresAt: issuedAt + lifetimeMs,
        refreshAt: issuedAt + lifetimeMs - Math.max(MIN_MARGIN_MS, lifetimeMs / 10),
      };
    }
    if (result.kind === "error") {
      const { status, body } = result;
      const errorCode = body.kind === "gateway" ? body.error : undefined;
      const refused = status === 400 || status === 401;
      throw new ApiError(
        refused ? "AUTH" : "UNREACHABLE",
        `The token endpoint ${refused ? "refused" : "failed"} the ${grantType} grant: HTTP ${status} (${describeBody(body)})`,
        errorCode === undefined ? { status } : { status, errorCode },
      );
    }
    const details =
      result.status === undefined ? { retryable: true } : { status: result.status, retryable: true };
    throw new ApiError("UNREACHABLE", `The token endpoint could not be reached: ${result.message}`, details);
  };

  const passwordGrant = () => grant({ grant_type: "password", username, password });

  const renew = async (): Promise<string> => {
    const refreshToken = held?.refreshToken;
    if (refreshToken === undefined) {
      held = await passwordGrant();
    } else {
      try {
        held = await grant({ grant_type: "refresh_token", refresh_token: refreshToken });
      } catch (error) {
        // A used, expired or unknown refresh token (invalid_grant, F2/F4): start over with the password.
        if (!(error instanceof ApiError) || error.code !== "AUTH") throw error;
        logger.info({ errorCode: error.errorCode }, "refresh grant refused; using the password grant");
        held = await passwordGrant();
      }
    }
    return held.accessToken;
  };

  const getToken = (): Promise<string> => {
    if (held !== undefined && now() < held.refreshAt) return Promise.resolve(held.accessToken);
    pending ??= renew().finally(() => {
      pending = undefined;
    });
    return pending;
  };

  return {
    mode: "password",
    getToken,
    async invalidate(rejected) {
      if (pending !== undefined) await pending.catch(() => undefined);
      if (held !== undefined && held.accessToken === rejected) held.refreshAt = -Infinity;
      await getToken();
      return true;
    },
  };
}
