import { afterAll, describe, expect, it } from "vitest";
import {
  createFailpoint,
  FAILPOINT_NAMES,
  isFailpointName,
  type FailpointName,
} from "../../src/state/failpoints.js";
import { removeCompiledChildren, runChild } from "./child-process.js";

afterAll(removeCompiledChildren);

const CHILD = "test/state/children/failpoint-child.ts";

describe("failpoint in a real process", () => {
  it("kills the process with SIGKILL at the armed point", async () => {
    const result = await runChild(CHILD, ["after-submit-sent"], { BULKPORT_FAILPOINT: "after-submit-sent" });
    expect(result).toEqual({ code: null, signal: "SIGKILL", stdout: "before\n", stderr: "" });
  });

  it("does nothing at a point that is not armed", async () => {
    const result = await runChild(CHILD, ["after-submit-sent"], { BULKPORT_FAILPOINT: "mid-results-write" });
    expect(result).toEqual({ code: 0, signal: null, stdout: "before\nafter\n", stderr: "" });
  });
});

describe("createFailpoint", () => {
  const cases = FAILPOINT_NAMES.flatMap((armed) =>
    FAILPOINT_NAMES.map((reached) => [armed, reached, armed === reached] as const),
  );

  it.each(cases)("armed %s, reached %s: kills %s", (armed, reached, kills) => {
    const killed: FailpointName[] = [];
    createFailpoint({ BULKPORT_FAILPOINT: armed }, (name) => killed.push(name))(reached);
    expect(killed).toEqual(kills ? [reached] : []);
  });

  it.each([{}, { BULKPORT_FAILPOINT: "" }, { BULKPORT_FAILPOINT: "after-submit" }])(
    "arms nothing with %j",
    (env) => {
      const killed: FailpointName[] = [];
      const failpoint = createFailpoint(env, (name) => killed.push(name));
      FAILPOINT_NAMES.forEach(failpoint);
      expect(killed).toEqual([]);
    },
  );

  it("reads the environment once, when created", () => {
    const env: NodeJS.ProcessEnv = {};
    const killed: FailpointName[] = [];
    const failpoint = createFailpoint(env, (name) => killed.push(name));
    env.BULKPORT_FAILPOINT = "mid-results-write";
    failpoint("mid-results-write");
    expect(killed).toEqual([]);
  });
});

describe("isFailpointName", () => {
  it.each([
    ["after-submit-started", true],
    ["after-submit-sent", true],
    ["after-submit-answer", true],
    ["mid-results-write", true],
    ["after-submit", false],
    ["", false],
  ])("%j -> %s", (value, expected) => {
    expect(isFailpointName(value)).toBe(expected);
  });
});
