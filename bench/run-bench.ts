// `npm run bench [-- --quick] [-- --only id,id] [-- --keep] [-- --cpu-prof]`: the issue 6 benchmark against the
// simulator in a separate process. Prints a Markdown table on stdout (progress on stderr). Not part of the tests:
// its figures depend on the machine.
//   --quick     small sizes, a smoke check in under a minute
//   --only      scenario ids: limited, overdriven, faults, throughput, validate, baseline
//   --keep      keep the scratch directory (sheets, results, logs, state, profiles)
//   --cpu-prof  write a V8 CPU profile of each measured bulkport process into the scratch directory
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { baselineRatio, formatTable } from "./format-table.js";
import { runScenario, type BenchContext } from "./run-scenario.js";
import { defineScenarios, type ScenarioResult } from "./scenarios.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    keep: { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
  },
});

const bin = fileURLToPath(new URL("../dist/cli/bin.js", import.meta.url));
if (!existsSync(bin)) {
  process.stderr.write(`bench: ${bin} is missing; run \`npm run build\` first\n`);
  process.exit(2);
}

const only = values.only?.split(",").map((id) => id.trim());
const scenarios = defineScenarios(values.quick).filter((s) => only === undefined || only.includes(s.id));
const dir = mkdtempSync(path.join(tmpdir(), "bulkport-bench-"));
const context: BenchContext = {
  bin,
  dir,
  nodeArgs: values["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", dir] : [],
};

const results: ScenarioResult[] = [];
try {
  for (const [index, scenario] of scenarios.entries()) {
    process.stderr.write(`bench: ${scenario.id} (${scenario.rows.toLocaleString("en-US")} rows)...\n`);
    const result = await runScenario(scenario, index, context);
    process.stderr.write(
      `bench: ${scenario.id} done in ${(result.wallMs / 1000).toFixed(1)} s: ${result.outcome}\n`,
    );
    results.push(result);
  }
} finally {
  if (values.keep || values["cpu-prof"]) process.stderr.write(`bench: scratch files kept in ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, Node.js ${process.version}`;
process.stdout.write(`${values.quick ? "Quick run" : "Full run"} on ${machine}\n\n${formatTable(results)}`);
const ratio = baselineRatio(results);
if (ratio !== undefined) process.stdout.write(`\n${ratio}\n`);
