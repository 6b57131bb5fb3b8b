import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultStatePath, sanitiseTenant } from "../../src/state/default-state-path.js";
import { ConfigError } from "../../src/errors.js";

describe("defaultStatePath", () => {
  it.each<[string, NodeJS.ProcessEnv, string]>([
    [
      "ACME",
      { BULKPORT_STATE: "/srv/bp/state.sqlite", XDG_STATE_HOME: "/x", HOME: "/home/u" },
      "/srv/bp/state.sqlite",
    ],
    ["ACME", { BULKPORT_STATE: "./relative.sqlite" }, "./relative.sqlite"],
    ["ACME", { XDG_STATE_HOME: "/x/state", HOME: "/home/u" }, "/x/state/bulkport/ACME.sqlite"],
    ["ACME", { HOME: "/home/u" }, "/home/u/.local/state/bulkport/ACME.sqlite"],
    // Blank counts as unset; a relative XDG_STATE_HOME is invalid per the XDG specification and ignored.
    [
      "ACME",
      { BULKPORT_STATE: "  ", XDG_STATE_HOME: "", HOME: "/home/u" },
      "/home/u/.local/state/bulkport/ACME.sqlite",
    ],
    ["ACME", { XDG_STATE_HOME: "state", HOME: "/home/u" }, "/home/u/.local/state/bulkport/ACME.sqlite"],
    ["acme eu/../x", { HOME: "/home/u" }, "/home/u/.local/state/bulkport/acme_eu____x.sqlite"],
    ["Ünïcode", { XDG_STATE_HOME: "/x" }, "/x/bulkport/_n_code.sqlite"],
  ])("tenant %j with %j -> %s", (tenant, env, expected) => {
    expect(defaultStatePath(tenant, env)).toBe(expected);
  });

  it("falls back to the user's home directory when HOME is unset", () => {
    expect(defaultStatePath("ACME", {})).toBe(path.join(os.homedir(), ".local/state/bulkport/ACME.sqlite"));
  });
});

describe("sanitiseTenant", () => {
  it.each([
    ["ACME", "ACME"],
    ["acme_eu-2", "acme_eu-2"],
    ["..", "__"],
    ["a:b", "a_b"],
  ])("%j -> %j", (tenant, expected) => {
    expect(sanitiseTenant(tenant)).toBe(expected);
  });

  it.each(["", "   "])("refuses a blank tenant %j", (tenant) => {
    expect(() => sanitiseTenant(tenant)).toThrow(
      new ConfigError(`Expected a tenant to name the state file, got ${JSON.stringify(tenant)}`),
    );
  });
});
