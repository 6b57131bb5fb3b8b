// A mapping file (`--mapping map.json`) names the sheet's header for a canonical column or a `prop.<ID>`, and
// constants for values the sheet lacks:
//   { "columns": { "service_number": "Line", "prop.PREFERRED_PORT_DATE": "Port on" },
//     "constants": { "new_carrier": "Verizon Wireless" } }
// Every problem in it is reported at once, in one ConfigError (STYLE.md rule 4).
import { ConfigError } from "../errors.js";
import { CANONICAL_COLUMNS } from "./canonical-row.js";
import { closestMatches, quoteList } from "./closest-match.js";
import { propertyIdOf } from "./header-aliases.js";
import { findJsonErrorOffset, lineAndColumn } from "./locate-json-error.js";

/** A checked mapping file. Keys are canonical columns or `prop.<ID>`. */
export interface MappingSpec {
  file: string;
  /** Target -> the header as the sheet spells it. */
  columns: Readonly<Record<string, string>>;
  /** Target -> the value every row gets. */
  constants: Readonly<Record<string, string>>;
}

const SECTIONS = ["columns", "constants"] as const;

const describeType = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "an array"
      : typeof value === "object"
        ? "an object"
        : JSON.stringify(value);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The target a key names ("service_number", "prop.X"), or undefined. */
function targetOf(key: string): string | undefined {
  if ((CANONICAL_COLUMNS as readonly string[]).includes(key)) return key;
  const id = propertyIdOf(key);
  return id === undefined ? undefined : `prop.${id}`;
}

/** The sheet's spelling of `wanted`: exact, else the one header equal to it ignoring case and outer spaces. */
function findHeader(wanted: string, header: readonly string[]): string | undefined {
  if (header.includes(wanted)) return wanted;
  const loose = header.filter((name) => name.toLowerCase() === wanted.trim().toLowerCase());
  return loose.length === 1 ? loose[0] : undefined;
}

function parseJson(text: string): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const offset = findJsonErrorOffset(text);
    const reason = error instanceof Error ? error.message.replace(/ in JSON at position \d+.*$/s, "") : "";
    if (offset === undefined) return { problem: `invalid JSON: ${reason}` };
    const { line, column } = lineAndColumn(text, offset);
    return { problem: `invalid JSON at line ${line}, column ${column}: ${reason}` };
  }
}

/** Check a mapping file's text against the sheet's header; every problem at once in a ConfigError. */
export function checkMapping(text: string, file: string, header: readonly string[]): MappingSpec {
  const problems: string[] = [];
  const spec = { file, columns: {} as Record<string, string>, constants: {} as Record<string, string> };
  const parsed = parseJson(text.replace(/^\uFEFF/, ""));
  if ("problem" in parsed) {
    problems.push(parsed.problem);
  } else if (!isPlainObject(parsed.value)) {
    problems.push(`expected an object with "columns" and/or "constants", got ${describeType(parsed.value)}`);
  } else {
    for (const [key, section] of Object.entries(parsed.value)) {
      if (!(SECTIONS as readonly string[]).includes(key)) {
        const closest = closestMatches(key, SECTIONS);
        problems.push(`${JSON.stringify(key)} is not a mapping section; did you mean ${quoteList(closest)}?`);
        continue;
      }
      const sectionName = key as (typeof SECTIONS)[number];
      if (!isPlainObject(section)) {
        problems.push(`${key}: expected an object, got ${describeType(section)}`);
        continue;
      }
      for (const [name, value] of Object.entries(section)) {
        const where = `${key}.${name}`;
        const target = targetOf(name);
        if (target === undefined) {
          const closest = closestMatches(name, [...CANONICAL_COLUMNS], { key: (s) => s.toLowerCase() });
          problems.push(
            `${where}: ${JSON.stringify(name)} is not a canonical column or prop.<PROPERTY_ID>; did you mean ${quoteList(closest)}?`,
          );
        }
        if (typeof value !== "string") {
          const hint =
            sectionName === "constants" && value !== null && typeof value !== "object"
              ? ` (write "${JSON.stringify(value)}")`
              : "";
          problems.push(`${where}: expected a string, got ${describeType(value)}${hint}`);
          continue;
        }
        if (target === undefined) continue;
        if (sectionName === "constants") {
          spec.constants[target] = value;
          continue;
        }
        const found = findHeader(value, header);
        if (found === undefined) {
          const closest = closestMatches(value, header, { key: (s) => s.toLowerCase() });
          const hint = closest.length === 0 ? "the sheet has no header" : `closest: ${quoteList(closest)}`;
          problems.push(`${where}: the sheet has no column ${JSON.stringify(value)}; ${hint}`);
          continue;
        }
        spec.columns[target] = found;
      }
    }
    for (const target of Object.keys(spec.columns)) {
      if (target in spec.constants) {
        problems.push(`${target} is given both a column and a constant; keep one`);
      }
    }
  }
  if (problems.length > 0) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    throw new ConfigError(
      `${file}: the mapping file has ${count}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
  return spec;
}
