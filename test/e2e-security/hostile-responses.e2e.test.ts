// Issue 8: hostile answers during a whole job (the built CLI, a simulator behind a man in the middle). Whatever
// comes back, the job ends: every row has an outcome with a message that says what happened, the results file
// is written, and the process exits 1, never crashing (exit 70) and never hanging. A submit whose answer was
// spoiled is in doubt and settled by GET /orders (CONTRACT.md §11.3), so no order is ever placed twice.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/api/run-attempt.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import { declareLength, drip, send, sendJson } from "../security/helpers/hostile-server.js";
import { startHostileProxy, type Answer, type Plan } from "./helpers/hostile-proxy.js";
import { runCli, simulatorEnv } from "./helpers/run-cli.js";
import { verizonRow, writeSheet } from "./helpers/sheet.js";

const SERVICE_NUMBER = "5123440000";
const TIMEOUT_S = 0.3;

let dir: string;
let runs = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "bulkport-hostile-answers-"));
  writeSheet(path.join(dir, "sheet.csv"), [verizonRow(SERVICE_NUMBER, { ship_to_name: "Peter Edwards" })]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One run of the whole job through a proxy that follows `plan`: its own simulator, state and results. */
async function runThrough(plan: (request: { method: string; path: string }) => Plan) {
  const sim: RunningSimulator = await startSimulator({ services: 300 });
  const proxy = await startHostileProxy(sim.origin, plan);
  runs += 1;
  const out = path.join(dir, `results-${runs}.csv`);
  try {
    const result = await runCli(
      [
        "run",
        path.join(dir, "sheet.csv"),
        ...["--out", out, "--state", path.join(dir, `state-${runs}.sqlite`)],
        ...["--rate", "500", "--timeout", String(TIMEOUT_S), "--reconcile-delay", "0"],
      ],
      { env: { ...simulatorEnv(sim), MOBPROC_BASE_URL: proxy.baseUrl } },
    );
    const rows = existsSync(out)
      ? parse<Record<string, string>>(readFileSync(out), { bom: true, columns: true })
      : [];
    return {
      code: result.code,
      /** What the process said besides its JSON log lines: the summary, or a crash. */
      said: result.stderr
        .split("\n")
        .filter((line) => line !== "" && !line.startsWith("{"))
        .join("\n"),
      rows: rows.map((row) => ({ status: row.status, code: row.error_code, message: row.error_message })),
      orderIds: rows.map((row) => row.order_id),
      orders: sim.orders.all().map((order) => order.orderId),
      spoiled: proxy.spoiled.length,
    };
  } finally {
    await proxy.close();
    await sim.close();
  }
}

const isSubmit = (request: { method: string; path: string }) =>
  request.method === "POST" && request.path === "/orders";
const isConfirm = (request: { method: string; path: string }) =>
  request.method === "POST" && request.path === "/orders?confirm=true";

// Two spoiled answers each way; test/security/hostile-responses.test.ts has every kind at the client.
const SPOILED_AFTER: [string, Answer][] = [
  ["HTML instead of JSON", send(200, "<html>ok</html>")],
  ["a slow drip", drip('{"order": {', " ", 20)],
];
const SPOILED_BEFORE: [string, Answer][] = [
  ["the wrong types", sendJson(200, { order: { orderId: 8711260 } })],
  ["a body over the cap", declareLength(MAX_BODY_BYTES + 1)],
];

// The message keeps what made the submit unclear, then what reconciliation checked.
const IN_DOUBT_MESSAGE =
  /^the submit's outcome is unknown \(POST \/orders: HTTP 200 with (an unexpected body|a body over the 10 MB limit); the order may have been created\): checked GET \/orders updated since \S+ 3 time\(s\): no order with external order number BP-[A-Z2-7]{27} for 5123440000\. If the carrier has no port for this line, run again with --resubmit-in-doubt$/;

describe("a submit answer spoiled after the simulator created the order", () => {
  it.each(SPOILED_AFTER)(
    "%s: in doubt, then found by GET /orders: SUBMITTED, one order",
    async (_name, answer) => {
      const run = await runThrough((request) =>
        isSubmit(request) ? { answer, forwardFirst: true } : undefined,
      );
      expect(run.spoiled).toBe(1);
      expect(run.rows.map((row) => row.status)).toEqual(["SUBMITTED"]);
      expect(run.orders).toEqual(run.orderIds);
      expect(run.code).toBe(0);
    },
  );
});

describe("a submit answer spoiled before it reached the simulator", () => {
  it.each(SPOILED_BEFORE)("%s: in doubt, not found, never sent again", async (_name, answer) => {
    const run = await runThrough((request) => (isSubmit(request) ? { answer } : undefined));
    expect(run.spoiled).toBe(1);
    expect(run.orders).toEqual([]);
    expect(run.rows).toEqual([
      {
        status: "IN_DOUBT",
        code: expect.any(String) as unknown,
        message: expect.stringMatching(IN_DOUBT_MESSAGE) as unknown,
      },
    ]);
    expect(run.code).toBe(1);
  });
});

// Confirmations that parse but have fields of the wrong type (CONTRACT.md §10 shapes, deliberately broken).
const BROKEN_CONFIRMATIONS: [string, unknown][] = [
  ["no fields at all", {}],
  ["numbers where names go", { shoppingCart: { device: { name: 42 }, plan: { name: ["x"] } } }],
  [
    "an amount as a string",
    { costSummary: [{ recurrence: "ONETIME", amount: "=1+1", currencyCode: "USD" }] },
  ],
  ["costSummary a string", { costSummary: "lots" }],
  ["properties an object", { properties: { MISCELLANEOUS: "x" } }],
  ["a service number as a number", { service: { id: 34415733, serviceNumber: 5123440000 } }],
  ["a ship-to address as a string", { shipTo: { name: "x", address: "35 Executive Blvd" } }],
];

describe("a confirmation of the wrong shape", () => {
  it.each(BROKEN_CONFIRMATIONS)(
    "%s: the row is refused with a message, nothing is submitted",
    async (_name, body) => {
      const answer = sendJson(200, { orderConfirmation: body, status: "SUCCESS" });
      const run = await runThrough((request) => (isConfirm(request) ? { answer } : undefined));
      expect(run.said).toMatch(/^Results written to .*\n1 row: 1 (REJECTED|FAILED)\n/);
      expect(run.code).toBe(1);
      expect(run.orders).toEqual([]);
      expect(run.rows).toEqual([
        {
          status: expect.stringMatching(/^(REJECTED|FAILED)$/) as unknown,
          code: expect.any(String) as unknown,
          message: expect.any(String) as unknown,
        },
      ]);
      expect(run.rows[0]?.message).not.toBe("");
    },
  );
});
