// The contract's example JSON (CONTRACT.md examples/), with Tangoe's host rewritten to the simulator's base URL
// so responses can be compared with deep equality.
import { readFileSync } from "node:fs";

export const EXAMPLE_BASE_URL = "https://tngo-mobproc.cloudhub.io/mobproc/v1";
const EXAMPLES_DIR = new URL("../../../fixtures/mobproc-examples/", import.meta.url);

export function readExample(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, EXAMPLES_DIR), "utf8")) as unknown;
}

/** A deep copy of `value` whose strings starting with the examples' base URL start with `baseUrl` instead. */
export function rewriteHrefs<T>(value: T, baseUrl: string): T {
  const rewrite = (v: unknown): unknown => {
    if (typeof v === "string")
      return v.startsWith(EXAMPLE_BASE_URL) ? baseUrl + v.slice(EXAMPLE_BASE_URL.length) : v;
    if (Array.isArray(v)) return v.map(rewrite);
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([key, inner]) => [key, rewrite(inner)]));
    }
    return v;
  };
  return rewrite(value) as T;
}

/** An example file with hrefs pointing at `baseUrl`. */
export const exampleFor = (name: string, baseUrl: string): unknown =>
  rewriteHrefs(readExample(name), baseUrl);
