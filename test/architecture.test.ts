// ARCHITECTURE.md holds one line per file (STYLE.md rule 13); this keeps it true as the tree changes.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url);
const architecture = readFileSync(new URL("ARCHITECTURE.md", root), "utf8");

const filesUnder = (dir: string): string[] =>
  readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(`${dir}${entry.name}/`) : [`${dir}${entry.name}`],
  );

describe("ARCHITECTURE.md", () => {
  it.each(filesUnder("src/").filter((file) => file.endsWith(".ts")))("describes %s", (file) => {
    const name = file.split("/").pop() ?? file;
    // Entries name the file relative to its section (`seed/types.ts`, `read-rows.ts`), always in backticks.
    expect(architecture).toMatch(new RegExp("[`/]" + name.replace(/\./g, "\\.") + "`"));
  });
});
