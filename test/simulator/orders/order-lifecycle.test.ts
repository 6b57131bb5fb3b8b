// The lifecycle as a client sees it over HTTP (CONTRACT.md §11.1, F28): scripted outcomes and timed steps.
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import type { JsonObject } from "../../../src/simulator/orders/validation-types.js";
import { portRequest, toTmobile } from "./order-test-helpers.js";
import { ok, startOrdersSim } from "./orders-sim.js";
import type { OrdersSim } from "./orders-sim.js";

let s: OrdersSim;
afterEach(async () => {
  await s.close();
});

/** Line 34415743 (AT&T, GSM) to T-Mobile: the fixture scripts its port to be REJECTED. */
function rejectedPinPort(): { orderRequest: JsonObject } {
  const body = portRequest({ serviceId: "34415743", serviceNumber: "5123440007", planId: "6568887101" });
  toTmobile(body.orderRequest, { id: "2" });
  return body;
}

const statusOf = async (sim: OrdersSim): Promise<unknown> =>
  (ok(await sim.get("/orders/8711260")).order as JsonObject).status;

describe("order lifecycle over HTTP", () => {
  it("ends a scripted port REJECTED with the carrier's reason in history, which frees the line (rule 7)", async () => {
    s = await startOrdersSim();
    ok(await s.post("/orders", rejectedPinPort()));
    s.advance(60_000);
    s.sim.orders.advanceAll();
    s.advance(60_000);
    s.sim.orders.advanceAll();
    expect(await statusOf(s)).toBe("REJECTED");
    expect(ok(await s.get("/orders/8711260/history"))).toEqual({
      history: {
        items: [
          { status: "ORDER_SUBMITTED", date: "2016-04-26T14:45:20Z", comment: "Order submitted." },
          { status: "IN_PROGRESS", date: "2016-04-26T14:46:20Z", comment: "Port request sent to T-Mobile." },
          {
            status: "REJECTED",
            date: "2016-04-26T14:47:20Z",
            comment: "Carrier rejected the port: PIN incorrect",
          },
        ],
      },
    });
    expect((ok(await s.post("/orders", rejectedPinPort())).order as JsonObject).orderId).toBe("8711262");
  });

  it("moves orders on its own in timed mode, one step per secondsPerStep of the simulator's clock", async () => {
    s = await startOrdersSim({ lifecycle: { secondsPerStep: 0.05 } });
    ok(await s.post("/orders", rejectedPinPort()));
    await sleep(100);
    expect(await statusOf(s)).toBe("ORDER_SUBMITTED"); // the clock has not moved
    s.advance(50);
    await sleep(100);
    expect(await statusOf(s)).toBe("IN_PROGRESS");
    s.advance(50);
    await sleep(100);
    expect(await statusOf(s)).toBe("REJECTED");
  });
});
