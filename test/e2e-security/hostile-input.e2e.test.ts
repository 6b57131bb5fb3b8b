// Issue 8: hostile input sheets. Each stops `validate` and `run` with exit 2 and one message naming the file, the
// line and the column, before any request; the intake's caps (src/input/scan-limits.ts) keep memory bounded even
// when the file is far larger than the caps.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../../src/simulator/start-simulator.js";
import { runCli, simulatorEnv } from "./helpers/run-cli.js";

const HEADER = "service_number,new_carrier,carrier_account_number,name_on_invoice,pin,plan\n";
const ROW_START = "5123440000,Verizon Wireless,287301945612,";
const PRELOAD = fileURLToPath(new URL("./helpers/report-peak-memory.js", import.meta.url));
const MB = 1024 * 1024;

let dir: string;
let sim: RunningSimulator;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "bulkport-hostile-input-"));
  sim = await startSimulator({ services: 300 });
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes `parts` in order; a number is that many bytes of `x`, written 1 MB at a time. */
function writeFile(name: string, ...parts: (string | Buffer | number)[]): string {
  const file = path.join(dir, name);
  const fd = openSync(file, "w");
  for (const part of parts) {
    if (typeof part === "string") writeSync(fd, part);
    else if (Buffer.isBuffer(part)) writeSync(fd, part);
    else for (let left = part; left > 0; left -= MB) writeSync(fd, Buffer.alloc(Math.min(MB, left), "x"));
  }
  closeSync(fd);
  return file;
}

// [name, the file, "(line, column): message" after the file name]
const CASES: [string, () => string, string][] = [
  [
    "a 10 MB field",
    () => writeFile("field.csv", HEADER, ROW_START, 10 * MB, ",7391,p\n"),
    "(line 2, column 4): a value is longer than 1,048,576 characters; check for a missing closing quote",
  ],
  [
    "100,000 columns in a data row",
    () => writeFile("columns.csv", HEADER, "5123440000" + ",".repeat(100_000) + "\n"),
    "(line 2, column 10001): a row has more than 10,000 values; check the delimiter",
  ],
  [
    "100,000 columns in the header",
    () => writeFile("header.csv", Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(",") + "\n1\n"),
    "(line 1, column 10001): a row has more than 10,000 values; check the delimiter",
  ],
  [
    "a NUL byte",
    () => writeFile("nul.csv", HEADER, ROW_START, "Ac\0me,7391,p\n"),
    '(line 2, column 4): the file contains a NUL character, so it is not a text CSV; if it is a "Unicode text" export without a byte order mark, save it again as "CSV UTF-8"',
  ],
  [
    "invalid UTF-8 after a UTF-8 byte order mark",
    () =>
      writeFile(
        "utf8.csv",
        Buffer.from([0xef, 0xbb, 0xbf]),
        HEADER,
        ROW_START,
        Buffer.from([0xff, 0xfe]),
        "\n",
      ),
    '(line 2, column 4): the file is damaged here: it is not valid UTF-8 (it starts with a UTF-8 byte order mark); save it again as "CSV UTF-8"',
  ],
];

describe("a hostile sheet", () => {
  it.each(CASES)("%s: bulkport validate says where, exit 2", async (_name, create, message) => {
    const file = create();
    const result = await runCli(["validate", file]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `bulkport: ${file} ${message}\n` });
  });

  // run reads the sheet with the same code (src/cli/read-sheet.ts); two cases show it stops before any request.
  it.each(CASES.filter(([name]) => name === "a 10 MB field" || name === "a NUL byte"))(
    "%s: bulkport run sends nothing, exit 2",
    async (_name, create, message) => {
      const file = create();
      const args = ["--state", path.join(dir, "state.sqlite")];
      const result = await runCli(["run", file, ...args], { env: simulatorEnv(sim) });
      expect(result).toEqual({ code: 2, stdout: "", stderr: `bulkport: ${file} ${message}\n` });
      expect(sim.requests()).toEqual([]);
    },
  );
});

describe("invalid UTF-8 without a byte order mark", () => {
  it("is read as Windows-1252, what Excel's plain CSV writes (detect-encoding.ts), not refused", async () => {
    const file = writeFile("ansi.csv", HEADER, ROW_START, Buffer.from("Am\xe9lie,7391,p\n", "latin1"));
    const result = await runCli(["validate", file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1 row(s) read: 1 pass the local checks, 0 need fixing");
  });
});

describe("memory", () => {
  const peakRss = async (file: string): Promise<{ code: number | null; kb: number }> => {
    const report = path.join(dir, "peak-rss.txt");
    const result = await runCli(["validate", file], {
      node: ["--import", PRELOAD],
      env: { BULKPORT_TEST_PEAK_RSS: report },
    });
    return { code: result.code, kb: Number(readFileSync(report, "utf8")) };
  };

  it("stays bounded for a 100 MB field: the intake stops at the 1 MB cap", async () => {
    const small = writeFile("small.csv", HEADER, ROW_START, "Acme,7391,p\n");
    const huge = writeFile("huge.csv", HEADER, ROW_START, 100 * MB, ",7391,p\n");
    const baseline = await peakRss(small);
    const hostile = await peakRss(huge);
    console.info(`peak RSS: ${baseline.kb} KB for a 1-row sheet, ${hostile.kb} KB for a 100 MB field`);
    expect([baseline.code, hostile.code]).toEqual([0, 2]);
    // Holding the field would take at least 100 MB more than the baseline. What is measured instead (about 40 MB,
    // the same for a 300 MB field) is garbage from streaming the file once for its encoding, not yet collected.
    expect(hostile.kb - baseline.kb).toBeLessThan(80 * 1024);
  });
});
