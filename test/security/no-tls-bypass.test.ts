// Certificate checks are never disabled (issue 8): no source file turns off TLS verification, by option or by
// environment. Plain http is a separate, explicit choice (--allow-insecure-http, load-connection-settings.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));

const sourceFiles = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith(".ts") ? [full] : [];
  });

describe("TLS verification", () => {
  const files = sourceFiles(SRC);

  it("reads the whole source tree", () => {
    expect(files.map((file) => path.relative(SRC, file))).toEqual(
      expect.arrayContaining(["cli/bin.ts", "api/create-api-client.ts", "api/run-attempt.ts"]),
    );
  });

  it.each([
    "rejectUnauthorized",
    "NODE_TLS_REJECT_UNAUTHORIZED",
    "checkServerIdentity",
    "NODE_EXTRA_CA_CERTS",
  ])("no source file mentions %s", (needle) => {
    const offenders = files.filter((file) => readFileSync(file, "utf8").includes(needle));
    expect(offenders.map((file) => path.relative(SRC, file))).toEqual([]);
  });
});
