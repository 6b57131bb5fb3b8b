// The simulator's token endpoint, `POST /as/token.oauth2` (CONTRACT.md §3, F1–F4): password and refresh grants,
// parameters in a form body, the query string, or both (the body wins). Never rate limited (F18).
import type { FixtureIndex } from "../seed/index-fixture.js";
import { methodNotAllowed, tokenError } from "./errors.js";
import type { SimResponse } from "./route-types.js";
import type { TokenStore } from "./token-store.js";

export const TOKEN_PATH = "/as/token.oauth2";

export interface TokenRequest {
  method: string;
  query: URLSearchParams;
  contentType: string | undefined;
  rawBody: string;
}

/** Query and form body merged; a body field replaces the query's. */
export function tokenParameters(request: TokenRequest): URLSearchParams {
  const params = new URLSearchParams(request.query);
  const isForm = (request.contentType ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded");
  if (isForm) for (const [key, value] of new URLSearchParams(request.rawBody)) params.set(key, value);
  return params;
}

/** `command://` and `rivermine://` name the source system; the rest selects the fixture user (F1). */
const stripSourceSystem = (username: string): string => username.replace(/^(command|rivermine):\/\//i, "");

const missing = (names: string[]): SimResponse =>
  tokenError(400, "invalid_request", `Missing required parameter: ${names.join(", ")}.`);

export function handleTokenRequest(
  request: TokenRequest,
  index: FixtureIndex,
  tokens: TokenStore,
): SimResponse {
  if (request.method !== "POST") return methodNotAllowed();
  const params = tokenParameters(request);
  const get = (name: string): string => params.get(name)?.trim() ?? "";
  const absent = (names: string[]): string[] => names.filter((name) => get(name) === "");

  const basics = absent(["grant_type", "client_id", "client_secret"]);
  if (basics.length > 0) return missing(basics);
  const clientId = get("client_id");
  if (!index.isClient(clientId, get("client_secret"))) {
    return tokenError(401, "invalid_client", "Client authentication failed.");
  }
  const grantType = get("grant_type");
  if (grantType !== "password" && grantType !== "refresh_token") {
    return tokenError(400, "unsupported_grant_type", `Grant type '${grantType}' is not supported.`);
  }
  const needed = grantType === "password" ? ["scope", "username", "password"] : ["scope", "refresh_token"];
  const lacking = absent(needed);
  if (lacking.length > 0) return missing(lacking);
  if (get("scope") !== "MOBPROC")
    return tokenError(400, "invalid_scope", "The requested scope is not valid.");

  if (grantType === "refresh_token") {
    const grant = tokens.redeemRefresh(get("refresh_token"), clientId);
    if (grant === undefined) return tokenError(400, "invalid_grant", "The refresh token is not valid.");
    return issued(tokens.issue(grant));
  }
  const user = index.user(stripSourceSystem(get("username")));
  // The password is compared as sent (not trimmed).
  if (user === undefined || user.password !== params.get("password")) {
    return tokenError(400, "invalid_grant", "The username or password is not valid.");
  }
  return issued(tokens.issue({ clientId, tenant: user.tenant, username: user.username }));
}

const issued = (body: unknown): SimResponse => ({
  status: 200,
  body,
  headers: { "Cache-Control": "no-store", Pragma: "no-cache" },
});
