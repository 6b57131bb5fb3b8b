// One logical call = HTTP attempts repeated as retry-policy.ts decides, each through the limiter so the
// per-second rate covers retries. ky's own retry and timeout are off: ky 1.x would honour a huge Retry-After
// (~24.8 days), while every wait here is capped (F19). 401 is not handled here: the client refreshes and
// calls again (create-api-client.ts).
import {
  decideRetry,
  isRepeatableStatus,
  type AttemptFailure,
  type RequestMode,
  type RetryPolicy,
} from "../runner/retry-policy.js";
import { parseRetryAfter, readRateLimitReset } from "../runner/parse-retry-after.js";
import type { RequestLimiter } from "./api-client-options.js";
import { classifyBody, describeBody, parseJson, type BodyClass } from "./classify-body.js";
import type { BodyReader } from "./read-envelope.js";
import { runAttempt, type AttemptDeps, type AttemptResult, type AttemptSpec } from "./run-attempt.js";

export interface SendSpec<T> extends AttemptSpec {
  mode: RequestMode;
  /** Unwraps a 2xx body; undefined means the body is unreadable (repeated for a safe call, in doubt for a submit). */
  read: BodyReader<T>;
}

type Token = { token?: string | undefined };

export type SendResult<T> =
  | (Token & { kind: "ok"; status: number; value: T })
  /** A final answer that is not data: a non-2xx the policy does not repeat, or a 2xx validation list. */
  | (Token & { kind: "error"; status: number; body: BodyClass })
  /** Transient failures (or 429s) went on past the policy's bounds. */
  | { kind: "exhausted"; message: string; status?: number }
  /** A submit failed after it may have reached the application (CONTRACT.md §11.3). */
  | { kind: "in-doubt"; message: string; status?: number };

export interface SenderDeps extends AttemptDeps {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
}

export type Send = <T>(spec: SendSpec<T>) => Promise<SendResult<T>>;

type Judged<T> = { result: SendResult<T> } | { failure: AttemptFailure; detail: string };

export function createSender(deps: SenderDeps): Send {
  const { limiter, logger, policy, sleep, random, now } = deps;

  const judge = <T>(spec: SendSpec<T>, attempt: AttemptResult): Judged<T> => {
    if (attempt.kind === "failed") return attempt;
    const { status, headers, raw, token } = attempt;
    const body = classifyBody(raw);
    if (status >= 200 && status < 300) {
      // §5 rule 1: a 200 carrying a validation list is a validation failure, a definite answer.
      if (body.kind === "validation") return { result: { kind: "error", status, body, token } };
      const parsed = parseJson(raw);
      const value = parsed === undefined ? undefined : spec.read(parsed.value);
      if (value === undefined) {
        const what = body.kind === "unknown" ? describeBody(body) : "an unexpected body";
        return { failure: { kind: "unreadable", status }, detail: `HTTP ${status} with ${what}` };
      }
      onSuccess(limiter, headers);
      return { result: { kind: "ok", status, value, token } };
    }
    if (body.kind === "unknown" && body.snippet !== "") {
      logger.warn(
        { method: spec.method, path: spec.logPath, status, body: body.snippet },
        "mobproc body is not JSON",
      );
    }
    if (!isRepeatableStatus(status)) return { result: { kind: "error", status, body, token } };
    const retryAfterMs = parseRetryAfter(headers, now());
    if (status === 429) limiter.onRateLimited(retryAfterMs);
    const failure: AttemptFailure =
      retryAfterMs === undefined ? { kind: "status", status } : { kind: "status", status, retryAfterMs };
    return { failure, detail: `HTTP ${status} (${describeBody(body)})` };
  };

  return async function send<T>(spec: SendSpec<T>): Promise<SendResult<T>> {
    const state = { counted: 0, rateLimited: 0 };
    for (let attempt = 1; ; attempt += 1) {
      const judged = judge(spec, await runAttempt(deps, spec, attempt));
      if ("result" in judged) return judged.result;
      const { failure, detail } = judged;
      if (failure.kind === "status" && failure.status === 429) state.rateLimited += 1;
      else state.counted += 1;
      const decision = decideRetry(failure, spec.mode, state, policy, random);
      if (decision.action === "retry") {
        await sleep(decision.delayMs);
        continue;
      }
      const what = `${spec.method} ${spec.logPath}: ${detail}`;
      const status = "status" in failure ? { status: failure.status } : {};
      if (decision.action === "in-doubt") {
        return { kind: "in-doubt", message: `${what}; the order may have been created`, ...status };
      }
      const count =
        decision.action === "give-up" && decision.reason === "rate-limit"
          ? `${state.rateLimited} rate-limited attempts`
          : `${state.counted} attempts`;
      return { kind: "exhausted", message: `${what}, after ${count}`, ...status };
    }
  };
}

/** §6: after a success showing no quota left, wait out the reset before the next call. */
function onSuccess(limiter: RequestLimiter, headers: Headers): void {
  limiter.onSuccess();
  const reset = readRateLimitReset(headers.get("x-ratelimit-reset"));
  if (headers.get("x-ratelimit-remaining")?.trim() === "0" && reset !== undefined) limiter.pauseFor(reset);
}
