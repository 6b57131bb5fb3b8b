// `bulkport sandbox` from the built CLI: it prints the simulator's connection settings as NAME=value lines (the
// README's `bulkport sandbox > sandbox.env` flow), a run uses them through --config, and SIGTERM stops it.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { SETTING_NAMES } from "../../src/cli/load-connection-settings.js";
import { readResults } from "../e2e/helpers/read-results.js";
import { assertBuilt, BIN, fixture } from "../e2e/helpers/run-cli.js";
import { createMemoryIo } from "./helpers/memory-io.js";

const dir = mkdtempSync(path.join(tmpdir(), "bulkport-sandbox-"));
let child: ChildProcessWithoutNullStreams | undefined;
afterAll(() => {
  if (child?.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** Collects a stream until `count` whole lines have arrived. */
function firstLines(stream: NodeJS.ReadableStream, count: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (text.split("\n").length > count) {
        stream.off("data", onData);
        resolve(text);
      }
    };
    stream.on("data", onData);
    stream.once("end", () => reject(new Error(`stdout ended after: ${JSON.stringify(text)}`)));
  });
}

describe("bulkport sandbox (built CLI)", () => {
  it("prints NAME=value settings a run can use through --config, serves until SIGTERM", async () => {
    assertBuilt();
    const spawnedAt = performance.now();
    child = spawn(process.execPath, [BIN, "sandbox"], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: dir },
    });
    const [printed, stderr] = await Promise.all([firstLines(child.stdout, 7), firstLines(child.stderr, 1)]);
    // Measured, not asserted (tests never assert wall-clock time): the issue asks for a start under 2 s.
    console.log(
      `bulkport sandbox printed its settings ${Math.round(performance.now() - spawnedAt)} ms after spawn`,
    );

    const settings = Object.fromEntries(
      printed
        .trimEnd()
        .split("\n")
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    expect(Object.keys(settings)).toEqual(SETTING_NAMES.filter((name) => name !== "MOBPROC_ACCESS_TOKEN"));
    const base = new URL(settings.MOBPROC_BASE_URL ?? "");
    expect(base.pathname).toBe("/mobproc/v1");
    expect(stderr).toBe(
      `bulkport sandbox: serving ${base.href} (test hooks under ${base.origin}/_sandbox/); stop with Ctrl-C\n`,
    );

    // README: `bulkport sandbox > sandbox.env`, `chmod 600 sandbox.env`, then --config.
    const config = path.join(dir, "sandbox.env");
    writeFileSync(config, printed, { mode: 0o600 });
    const out = path.join(dir, "clean.results.csv");
    const io = createMemoryIo({ cwd: dir });
    const code = await main(
      [
        "run",
        fixture("e2e/clean.csv"),
        "--config",
        config,
        "--out",
        out,
        "--state",
        path.join(dir, "s.sqlite"),
      ].concat(["--rate", "200", "--concurrency", "8", "--log-level", "silent"]),
      io,
    );

    expect(code).toBe(0);
    const { records } = readResults(out);
    expect(records.map((r) => r.status)).toEqual(Array.from({ length: 6 }, () => "SUBMITTED"));
    const hook = (await (await fetch(`${base.origin}/_sandbox/orders`)).json()) as {
      orders: { orderId: string }[];
    };
    expect(hook.orders.map((order) => order.orderId).sort()).toEqual(records.map((r) => r.order_id).sort());

    child.kill("SIGTERM");
    const [exitCode] = (await once(child, "exit")) as [number | null];
    expect(exitCode).toBe(143);
    await expect(fetch(`${base.origin}/_sandbox/orders`)).rejects.toThrow("fetch failed");
  });
});
