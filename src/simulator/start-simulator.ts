// startSimulator: the local mobproc simulator over real HTTP (CONTRACT.md §13), for tests and `bulkport sandbox`.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRandom } from "./seed/create-random.js";
import { createFixture } from "./seed/create-fixture.js";
import { indexFixture } from "./seed/index-fixture.js";
import { SANDBOX_CREDENTIALS } from "./seed/seed-users.js";
import type { Fixture } from "./seed/types.js";
import { createOrderStore } from "./orders/order-store.js";
import type { OrderStore } from "./orders/order-store.js";
import { createFaultDice } from "./http/faults.js";
import { API_BASE_PATH, createRequestListener } from "./http/handle-request.js";
import { normalizeKnobs } from "./http/knobs.js";
import type { KnobsInput, SimulatorKnobs } from "./http/knobs.js";
import { createRateLimiter } from "./http/rate-limiter.js";
import { createRequestLog } from "./http/request-log.js";
import type { ReceivedRequest } from "./http/request-log.js";
import type { RouteContext } from "./http/route-types.js";
import { TOKEN_PATH } from "./http/token-endpoint.js";
import { createTokenStore } from "./http/token-store.js";
import { apiRoutes } from "./routes/api-routes.js";
import { normalizeSimulatorOptions } from "./simulator-options.js";
import type { SimulatorOptions } from "./simulator-options.js";

export type { SimulatorOptions } from "./simulator-options.js";
export type { KnobsInput, SimulatorKnobs } from "./http/knobs.js";
export type { ReceivedRequest } from "./http/request-log.js";

export interface SimulatorCredentials {
  tenant: string;
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
}

export interface RunningSimulator {
  /** e.g. "http://127.0.0.1:40123" */
  origin: string;
  /** The API base: origin + "/mobproc/v1". */
  baseUrl: string;
  /** The token endpoint: origin + "/as/token.oauth2" (F1). */
  tokenUrl: string;
  /** The demo service account (acts for everyone in tenant ACME). */
  credentials: SimulatorCredentials;
  fixture: Fixture;
  orders: OrderStore;
  /** Every request received so far (except /_sandbox hooks), in arrival order. */
  requests(): ReceivedRequest[];
  /** Changes latency, rate limit or faults; throws a TypeError naming a bad knob. Returns the knobs in force. */
  setKnobs(knobs: KnobsInput): SimulatorKnobs;
  close(): Promise<void>;
}

const ERROR_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export async function startSimulator(options?: SimulatorOptions): Promise<RunningSimulator> {
  const o = normalizeSimulatorOptions(options);
  const fixture = "fixture" in o.source ? o.source.fixture : createFixture(o.source);
  const index = indexFixture(fixture);
  const nowMs = (): number => o.clock().getTime();
  const errorIds = createRandom((o.seed ^ 0x9e3779b9) >>> 0);
  const orders = createOrderStore({
    fixture,
    now: o.clock,
    lifecycle: o.lifecycle,
    orderVisibilityDelayMs: o.orderVisibilityDelayMs,
    ...(o.dataFile === undefined ? {} : { dataFile: o.dataFile }),
  });

  let knobs = o.knobs;
  let limiter = knobs.rateLimit ? createRateLimiter(knobs.rateLimit, nowMs) : undefined;
  let dice = createFaultDice(knobs.faults, () => errorIds.chars(8, ERROR_ID_ALPHABET));
  const setKnobs = (input: unknown): SimulatorKnobs => {
    const next = normalizeKnobs(input, knobs, o.seed);
    if (next.rateLimit !== knobs.rateLimit)
      limiter = next.rateLimit ? createRateLimiter(next.rateLimit, nowMs) : undefined;
    if (next.faults !== knobs.faults)
      dice = createFaultDice(next.faults, () => errorIds.chars(8, ERROR_ID_ALPHABET));
    knobs = next;
    return knobs;
  };

  const log = createRequestLog();
  const context: RouteContext = {
    fixture,
    orders,
    baseUrl: "", // set once the port is known
    now: o.clock,
    errorId: () => errorIds.chars(8, ERROR_ID_ALPHABET),
    index,
    pageAlignedOffset: o.pageAlignedOffset,
    requireShipTo: o.requireShipTo,
  };
  const server = createServer(
    createRequestListener({
      index,
      tokens: createTokenStore({
        nowMs,
        tokenLifetimeSec: o.tokenLifetimeSec,
        refreshLifetimeSec: o.refreshLifetimeSec,
      }),
      routes: apiRoutes,
      context,
      log,
      clock: o.clock,
      knobs: () => knobs,
      limiter: () => limiter,
      dice: () => dice,
      sandbox: { orders, requests: () => log.all(), setKnobs },
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.host, () => resolve());
  }).catch((error: unknown) => {
    orders.close();
    throw error;
  });

  const { port } = server.address() as AddressInfo;
  const hostForUrl =
    o.host === "0.0.0.0" || o.host === "::" ? "127.0.0.1" : o.host.includes(":") ? `[${o.host}]` : o.host;
  const origin = `http://${hostForUrl}:${port}`;
  const baseUrl = `${origin}${API_BASE_PATH}`;
  context.baseUrl = o.publicBaseUrl ?? baseUrl;

  let closing: Promise<void> | undefined;
  return {
    origin,
    baseUrl,
    tokenUrl: `${origin}${TOKEN_PATH}`,
    credentials: { ...SANDBOX_CREDENTIALS },
    fixture,
    orders,
    requests: () => log.all(),
    setKnobs: (input) => setKnobs(input),
    close() {
      closing ??= new Promise<void>((resolve) => {
        orders.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
