// `bulkport template` in process: a CSV with the canonical header and an example line that is a working sheet.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { CANONICAL_COLUMNS } from "../../src/input/canonical-row.js";
import { readResults } from "../e2e/helpers/read-results.js";
import { createMemoryIo } from "./helpers/memory-io.js";

const dir = mkdtempSync(path.join(tmpdir(), "bulkport-template-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function template(): Promise<{ code: number; out: string; err: string }> {
  const io = createMemoryIo({ cwd: dir });
  const code = await main(["template"], io);
  return { code, out: io.out(), err: io.err() };
}

describe("bulkport template", () => {
  it("prints a CSV: the canonical header, then one example line of the same width; exit 0", async () => {
    const { code, out, err } = await template();

    expect(code).toBe(0);
    expect(err).toBe("");
    const [header, example, ...rest] = parse(out);
    expect(header).toEqual([...CANONICAL_COLUMNS]);
    expect(example).toHaveLength(CANONICAL_COLUMNS.length);
    expect(rest).toEqual([]);
    expect(Object.fromEntries(CANONICAL_COLUMNS.map((column, i) => [column, example?.[i]]))).toMatchObject({
      service_number: "5123440000",
      new_carrier: "Verizon Wireless",
      plan: "Nationwide for Business Talk Share Plan",
      optional_features: "Visual Voice Mail;Wireless Phone Protection (Advanced Devices)",
    });
  });

  it("is a sheet to start from: validate passes it, and a sandbox run submits its line", async () => {
    const sheet = path.join(dir, "template.csv");
    writeFileSync(sheet, (await template()).out);

    const validateIo = createMemoryIo({ cwd: dir });
    expect(await main(["validate", sheet], validateIo)).toBe(0);

    const out = path.join(dir, "template.results.csv");
    const runIo = createMemoryIo({ cwd: dir });
    const args = ["run", sheet, "--sandbox", "--out", out, "--rate", "200", "--log-level", "silent"];
    expect(await main(args, runIo)).toBe(0);
    expect(readResults(out).records.map((r) => [r.row, r.status, r.service_number])).toEqual([
      ["2", "SUBMITTED", "5123440000"],
    ]);
  });
});
