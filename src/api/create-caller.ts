// A mobproc call with the §4 headers, the 401 rule of §5 (refresh or re-grant once and repeat once, even for a
// submit: F17; a second 401, or the first in bare-token mode, ends the run), and adapters that turn a send
// result into data (`lookup`) or into a value that throws on failure (`fetchRunWide`).
import { ApiError } from "../errors.js";
import type { RequestMode } from "../runner/retry-policy.js";
import type { LookupResult } from "./api-results.js";
import { buildHeaders, hasContext } from "./build-headers.js";
import { describeBody } from "./classify-body.js";
import { exhaustedOrThrow, failureOrThrow, type CallScope } from "./classify-failure.js";
import type { TokenProvider } from "./create-token-provider.js";
import type { BodyReader } from "./read-envelope.js";
import type { Send, SendResult } from "./send-request.js";

export interface CallSpec<T> {
  method: "GET" | "POST";
  /** Below the base URL, e.g. "/orders" or `/catalog/plans/${id}` (ids already encoded). */
  path: string;
  query?: Record<string, string | undefined>;
  json?: unknown;
  mode: RequestMode;
  scope: CallScope;
  fixedPath: boolean;
  employee?: string | undefined;
  read: BodyReader<T>;
}

export interface CallerDeps {
  baseUrl: string;
  tenant: string;
  clientId: string;
  runId: string;
  tokens: TokenProvider;
  send: Send;
  /** See ApiClientOptions.onSubmitResponse. */
  onSubmitResponse?: () => void;
}

export interface Caller {
  call<T>(spec: CallSpec<T>): Promise<SendResult<T>>;
  lookup<T>(spec: CallSpec<T>): Promise<LookupResult<T>>;
  fetchRunWide<T>(spec: Omit<CallSpec<T>, "scope">): Promise<T>;
}

export function pathWithQuery(path: string, query: Record<string, string | undefined> = {}): string {
  const entries = Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return entries.length === 0 ? path : `${path}?${new URLSearchParams(entries).toString()}`;
}

export function createCaller(deps: CallerDeps): Caller {
  const { baseUrl, tenant, clientId, runId, tokens, send } = deps;

  async function call<T>(spec: CallSpec<T>): Promise<SendResult<T>> {
    const logPath = pathWithQuery(spec.path, spec.query);
    const json = spec.json !== undefined;
    for (let round = 1; ; round += 1) {
      const result = await send({
        method: spec.method,
        url: baseUrl + logPath,
        logPath,
        mode: spec.mode,
        read: spec.read,
        ...(json ? { body: { json: spec.json } } : {}),
        ...(spec.mode === "submit" && deps.onSubmitResponse ? { afterHeaders: deps.onSubmitResponse } : {}),
        prepare: async (correlationId) => {
          const accessToken = await tokens.getToken();
          const headers = buildHeaders({
            accessToken,
            tenant,
            clientId,
            runId,
            correlationId,
            employee: spec.employee,
            json,
          });
          return { headers, token: accessToken };
        },
      });
      if (result.kind !== "error" || result.status !== 401) return result;
      if (round === 1 && (await tokens.invalidate(result.token))) continue;
      const why =
        tokens.mode === "bare"
          ? "a bare access token cannot be refreshed"
          : "refused again after a new token";
      const errorCode = result.body.kind === "gateway" ? { errorCode: result.body.error } : {};
      throw new ApiError(
        "AUTH",
        `${spec.method} ${logPath} answered HTTP 401 (${describeBody(result.body)}): ${why}`,
        { status: 401, ...errorCode },
      );
    }
  }

  async function lookup<T>(spec: CallSpec<T>): Promise<LookupResult<T>> {
    const result = await call(spec);
    const context = {
      method: spec.method,
      logPath: pathWithQuery(spec.path, spec.query),
      scope: spec.scope,
      fixedPath: spec.fixedPath,
      hasContext: hasContext(spec.employee),
    };
    switch (result.kind) {
      case "ok":
        return { kind: "ok", value: result.value };
      case "error":
        return failureOrThrow(result.status, result.body, context);
      case "exhausted":
      case "in-doubt":
        return exhaustedOrThrow(result.message, result.status, spec.scope);
    }
  }

  async function fetchRunWide<T>(spec: Omit<CallSpec<T>, "scope">): Promise<T> {
    const result = await lookup({ ...spec, scope: "run" });
    // lookup() throws for every failure of a run-wide call; this guards the type only.
    if (result.kind !== "ok") throw new ApiError("UNREACHABLE", result.message, {});
    return result.value;
  }

  return { call, lookup, fetchRunWide };
}
