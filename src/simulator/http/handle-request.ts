// The simulator's request pipeline (CONTRACT.md §4 "Simulator checks on every API call, in this order"):
// body cap -> token endpoint | sandbox hooks | API: §4 header checks -> rate limit (§6) -> latency ->
// injected faults -> 415 (F10) -> routes -> 404 (F13); "commit then fail" after a successful submit (§11.3).
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { FixtureIndex } from "../seed/index-fixture.js";
import { checkHeaders } from "./check-headers.js";
import { flatError, notFound, payloadTooLarge, quotaExceeded, unsupportedMediaType } from "./errors.js";
import type { FaultDice } from "./faults.js";
import type { SimulatorKnobs } from "./knobs.js";
import type { RateLimiter } from "./rate-limiter.js";
import { readBody } from "./read-body.js";
import type { ReceivedRequest, RequestLog } from "./request-log.js";
import type { RouteContext, RouteHandler, SimResponse } from "./route-types.js";
import { handleSandbox, SANDBOX_PREFIX } from "./sandbox-hooks.js";
import type { SandboxDeps } from "./sandbox-hooks.js";
import { sendResponse } from "./send-response.js";
import { handleTokenRequest, TOKEN_PATH } from "./token-endpoint.js";
import type { TokenStore } from "./token-store.js";

export const API_BASE_PATH = "/mobproc/v1";

export interface RequestPipeline {
  index: FixtureIndex;
  tokens: TokenStore;
  routes: RouteHandler;
  context: RouteContext;
  log: RequestLog;
  clock: () => Date;
  knobs(): SimulatorKnobs;
  limiter(): RateLimiter | undefined;
  dice(): FaultDice;
  sandbox: SandboxDeps;
}

/** What decided the answer: a response (with extra headers), or a dropped connection. */
type Outcome =
  | { response: SimResponse; headers?: Record<string, string>; fault?: ReceivedRequest["fault"] }
  | { drop: true; fault: "drop" };

const isJson = (contentType: string | undefined): boolean =>
  /^application\/json\s*(;|$)/i.test(contentType ?? "");

/** A submit is `POST /orders` without confirm=true (§8.12); only submits can "commit then fail". */
const isSubmit = (method: string, path: string, query: URLSearchParams): boolean =>
  method === "POST" && path === "/orders" && (query.get("confirm") ?? "false").toLowerCase() !== "true";

async function answerApi(
  req: IncomingMessage,
  path: string,
  query: URLSearchParams,
  rawBody: string,
  p: RequestPipeline,
): Promise<Outcome> {
  const check = checkHeaders(req.headers, { index: p.index, tokens: p.tokens, errorId: p.context.errorId });
  if (!check.ok) return { response: check.response };
  const knobs = p.knobs();
  const rate = p.limiter()?.take(check.caller.clientId);
  const headers = rate?.headers ?? {};
  if (rate && !rate.admitted) return { response: quotaExceeded(), headers };
  if (knobs.latencyMs > 0) await sleep(knobs.latencyMs);
  const dice = p.dice();
  if (dice.drop()) return { drop: true, fault: "drop" };
  const serverError = dice.serverError();
  if (serverError) return { response: serverError, headers, fault: "server-error" };
  const method = req.method ?? "GET";
  if (method === "POST" && !isJson(req.headers["content-type"])) {
    return { response: unsupportedMediaType(), headers };
  }

  const simRequest = { method, path, query, headers: req.headers, rawBody, caller: check.caller };
  const response = p.routes(simRequest, p.context) ?? notFound();
  if (isSubmit(method, path, query) && response.status === 200) {
    const fault = dice.commitThenFail();
    if (fault === "drop") return { drop: true, fault: "drop" };
    if (fault) return { response: fault, headers, fault: "commit-then-fail" };
  }
  return { response, headers };
}

async function answer(req: IncomingMessage, url: URL, p: RequestPipeline): Promise<Outcome> {
  const body = await readBody(req);
  if (!body.ok) return { response: payloadTooLarge(), headers: { Connection: "close" } };
  const path = url.pathname;
  if (path === TOKEN_PATH) {
    const { latencyMs } = p.knobs();
    if (latencyMs > 0) await sleep(latencyMs);
    const request = {
      method: req.method ?? "GET",
      query: url.searchParams,
      contentType: req.headers["content-type"],
      rawBody: body.text,
    };
    return { response: handleTokenRequest(request, p.index, p.tokens) };
  }
  if (path === API_BASE_PATH || path.startsWith(`${API_BASE_PATH}/`)) {
    return answerApi(req, path.slice(API_BASE_PATH.length) || "/", url.searchParams, body.text, p);
  }
  return { response: notFound() };
}

export function createRequestListener(
  p: RequestPipeline,
): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://simulator.invalid");
    if (url.pathname.startsWith(`${SANDBOX_PREFIX}/`)) {
      const body = await readBody(req);
      const response = body.ok
        ? handleSandbox(req.method ?? "GET", url.pathname, body.text, p.sandbox)
        : payloadTooLarge();
      sendResponse(res, response);
      return;
    }
    const seq = p.log.arrive();
    const receivedAt = p.clock();
    let outcome: Outcome;
    try {
      outcome = await answer(req, url, p);
    } catch (error) {
      // A bug in a route must not take the simulator down: answer like a failing back end (§5), and say why on
      // stderr (the stack only: never the request, which may carry a PIN).
      process.stderr.write(
        `mobproc simulator: ${error instanceof Error ? (error.stack ?? error.message) : "error"}\n`,
      );
      outcome = {
        response: flatError(500, "500-Internal-error", "An internal error occurred.", p.context.errorId()),
      };
    }
    const entry = {
      seq,
      receivedAt,
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      isTokenEndpoint: url.pathname === TOKEN_PATH,
    };
    if ("drop" in outcome) {
      p.log.record({ ...entry, status: 0, fault: outcome.fault });
      req.socket.destroy();
      return;
    }
    p.log.record({
      ...entry,
      status: outcome.response.status,
      ...(outcome.fault ? { fault: outcome.fault } : {}),
    });
    sendResponse(res, outcome.response, outcome.headers);
  };
  return (req, res) => {
    handle(req, res).catch(() => res.destroy());
  };
}
