// Issued tokens (CONTRACT.md §3, F2, F3): each access token is bound to one client_id, one tenant and one user;
// refresh tokens rotate (a used one is dead). Tokens are random and never logged.
import { randomBytes } from "node:crypto";

export interface TokenGrant {
  clientId: string;
  tenant: string;
  username: string;
}

export interface TokenResponseBody {
  token_type: "Bearer";
  expires_in: number;
  refresh_token: string;
  access_token: string;
}

export interface TokenStore {
  issue(grant: TokenGrant): TokenResponseBody;
  /** The grant of a live access token; undefined when unknown or expired. */
  access(token: string): TokenGrant | undefined;
  /** Spends a live refresh token of `clientId` and returns its grant; undefined when unknown, used or expired. */
  redeemRefresh(token: string, clientId: string): TokenGrant | undefined;
}

export interface TokenStoreOptions {
  nowMs: () => number;
  tokenLifetimeSec: number;
  refreshLifetimeSec: number;
}

interface Entry {
  grant: TokenGrant;
  expiresAt: number;
}

const PRUNE_ABOVE = 10_000;

export function createTokenStore(options: TokenStoreOptions): TokenStore {
  const accessTokens = new Map<string, Entry>();
  const refreshTokens = new Map<string, Entry>();
  const live = (map: Map<string, Entry>, token: string): Entry | undefined => {
    const entry = map.get(token);
    return entry !== undefined && entry.expiresAt > options.nowMs() ? entry : undefined;
  };
  const prune = (map: Map<string, Entry>): void => {
    if (map.size <= PRUNE_ABOVE) return;
    const now = options.nowMs();
    for (const [token, entry] of map) if (entry.expiresAt <= now) map.delete(token);
  };

  return {
    issue(grant) {
      prune(accessTokens);
      prune(refreshTokens);
      const now = options.nowMs();
      const accessToken = `sim${randomBytes(18).toString("base64url")}`;
      const refreshToken = `sim${randomBytes(30).toString("base64url")}`;
      accessTokens.set(accessToken, { grant, expiresAt: now + options.tokenLifetimeSec * 1000 });
      refreshTokens.set(refreshToken, { grant, expiresAt: now + options.refreshLifetimeSec * 1000 });
      return {
        token_type: "Bearer",
        expires_in: options.tokenLifetimeSec,
        refresh_token: refreshToken,
        access_token: accessToken,
      };
    },
    access: (token) => live(accessTokens, token)?.grant,
    redeemRefresh(token, clientId) {
      const entry = live(refreshTokens, token);
      if (entry === undefined || entry.grant.clientId !== clientId) return undefined;
      refreshTokens.delete(token);
      return entry.grant;
    },
  };
}
