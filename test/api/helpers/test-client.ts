// A client wired for tests: instant injected sleep (the waits are recorded), random fixed at 0.5, a memory
// logger, and a real limiter on a virtual clock that jumps ahead when it sleeps (its waits are recorded too).
import { createApiClient, type ApiClient } from "../../../src/api/create-api-client.js";
import type { ApiClientOptions } from "../../../src/api/api-client-options.js";
import { createLimiter, type Limiter } from "../../../src/runner/create-limiter.js";
import { createMemoryLogger, type MemoryLogger } from "./memory-logger.js";

export const SECRETS = { clientSecret: "s3cret-value", password: "pa55-value" };

export interface TestClient {
  client: ApiClient;
  logger: MemoryLogger;
  waits: number[];
  limiter: Limiter;
  /** What the limiter waited for (pauses and spacing), on its virtual clock. */
  limiterWaits: number[];
}

export function createTestClient(
  server: { baseUrl: string; tokenUrl: string },
  overrides: Partial<ApiClientOptions> = {},
): TestClient {
  const logger = createMemoryLogger();
  const waits: number[] = [];
  const limiterWaits: number[] = [];
  let virtualTime = 0;
  const limiter = createLimiter({
    concurrency: 4,
    ratePerSec: 1000,
    now: () => virtualTime,
    sleep: (ms) => {
      limiterWaits.push(ms);
      virtualTime += ms;
      return Promise.resolve();
    },
  });
  const client = createApiClient({
    baseUrl: server.baseUrl,
    tokenUrl: server.tokenUrl,
    tenant: "ACME",
    clientId: "client-1",
    username: "command://svc",
    ...SECRETS,
    runId: "run-1",
    limiter,
    logger,
    timeoutMs: 2000,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    ...overrides,
  });
  return { client, logger, waits, limiter, limiterWaits };
}
