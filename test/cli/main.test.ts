// main(argv, io) in process: help, and the usage errors that stop before any command runs (exit 2).
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { createMemoryIo } from "./helpers/memory-io.js";

const run = async (argv: string[]) => {
  const io = createMemoryIo({ cwd: process.cwd() });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
};

describe("bulkport --help", () => {
  it("lists the README's commands on stdout and exits 0", async () => {
    const { code, out, err } = await run(["--help"]);

    expect(code).toBe(0);
    expect(err).toBe("");
    // arrayContaining: other commands (status, report) may be listed beside these.
    expect(out.split("\n").filter((line) => line.startsWith("  bulkport "))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}bulkport run <input> {2,}Confirm every row of a migration sheet/),
        expect.stringMatching(
          /^ {2}bulkport validate <input> {2,}Read, map and check a sheet with no network/,
        ),
        expect.stringMatching(
          /^ {2}bulkport template {2,}Print the expected CSV header with an example line/,
        ),
        expect.stringMatching(/^ {2}bulkport sandbox {2,}Run the mobproc simulator/),
      ]),
    );
  });

  it.each([
    [
      "run",
      [
        "--out",
        "--dry-run",
        "--all-or-nothing",
        "--mapping",
        "--rate",
        "--concurrency",
        "--state",
        "--sandbox",
      ],
    ],
    ["validate", ["--mapping", "--delimiter", "--pin-max-age"]],
    ["sandbox", ["--port", "--services", "--latency", "--rate-limit", "--error-rate", "--in-doubt-rate"]],
  ])(
    "bulkport %s --help lists its options (README: every option) and runs nothing",
    async (command, flags) => {
      const { code, out, err } = await run([command, "--help"]);

      expect(code).toBe(0);
      expect(err).toBe("");
      const listed = out.split("\n").map((line) => line.trim().split(/\s/)[0]);
      expect(listed).toEqual(expect.arrayContaining(flags));
    },
  );
});

describe("usage errors: exit 2, the reason and a pointer to --help on stderr", () => {
  it.each([
    ["an unknown command", ["frobnicate"], "bulkport: Unknown command: frobnicate"],
    // Other commands may join the list: only its start is fixed here.
    ["no command", [], expect.stringMatching(/^bulkport: Name a command: run, validate, template/)],
    ["run without its sheet", ["run"], "bulkport: Not enough non-option arguments: got 0, need at least 1"],
    ["an unknown flag", ["template", "--colour"], "bulkport: Unknown argument: colour"],
  ])("%s", async (_name, argv, reason) => {
    const { code, out, err } = await run(argv);

    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.split("\n")).toEqual([reason, 'Run "bulkport --help" for usage.', ""]);
  });
});
