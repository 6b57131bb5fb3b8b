// Which sheet column feeds which canonical column or order property. A mapping file wins; then a header spelled as
// the canonical name ("service_number"); then an alias ("Mobile #", header-aliases.ts); `prop.<ID>` headers pass
// through as properties. Two headers that mean the same column, or a required column that is missing, stop the
// run: guessing which phone number to port is not an option.
import { readResultsLayout, type ResultsFileLayout } from "./results-file.js";
import { InputError } from "../errors.js";
import type { CanonicalColumn } from "./canonical-row.js";
import type { MappingSpec } from "./check-mapping.js";
import { editDistance, quoteList } from "./closest-match.js";
import { headerKey, matchHeader, namesOf, propertyIdOf } from "./header-aliases.js";

/** Where a value comes from: a column of the sheet, or a constant of the mapping file. */
export type FieldSource =
  { kind: "header"; index: number; name: string } | { kind: "constant"; value: string; name: string };

export interface HeaderMapping {
  /** Unique display names of the sheet's columns (the keys of CanonicalRow.raw). */
  names: readonly string[];
  columns: Readonly<Partial<Record<CanonicalColumn, FieldSource>>>;
  /** By property id. */
  properties: Readonly<Record<string, FieldSource>>;
  /** Headers that feed nothing (unknown, or displaced by the mapping file or a better match): warn once. */
  ignoredColumns: readonly string[];
  /** The input's own columns (all of them, except the tool's columns of a results file fed back in). */
  inputIndexes: readonly number[];
  /** Set when the sheet is an earlier results file: where its earlier outcome is. */
  resultsFile?: ResultsFileLayout;
}

export interface MapHeaderOptions {
  /** The sheet's path, for the InputError. */
  file: string;
  /** The header's line, for the InputError. @default 1 */
  headerLine?: number;
  mapping?: MappingSpec | undefined;
}

/** Display names: empty headers become "(column N)", repeated ones get " (2)", " (3)"... */
export function displayNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, index) => {
    const name = raw.trim() === "" ? `(column ${index + 1})` : raw.trim();
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

const constantName = (target: string): string => `mapping constant ${JSON.stringify(target)}`;

/** The header closest to any name of `wanted` (for "no column for plan (closest header: ...)"). */
function closestHeader(
  wanted: readonly CanonicalColumn[],
  candidates: readonly string[],
): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    for (const known of wanted.flatMap(namesOf)) {
      const distance = editDistance(headerKey(name), headerKey(known));
      if (best === undefined || distance < best.distance) best = { name, distance };
    }
  }
  return best?.name;
}

export function mapHeader(header: readonly string[], options: MapHeaderOptions): HeaderMapping {
  const { file, headerLine = 1, mapping } = options;
  // A results file fed back in: its tool columns are neither mapped nor warned about, and `input_<name>`
  // columns get their input names back (src/input/results-file.ts).
  const resultsFile = readResultsLayout(header);
  const visible = resultsFile && new Map(resultsFile.inputColumns.map(({ index, name }) => [index, name]));
  const names = displayNames(
    header.map((name, index) => (visible ? (visible.get(index) ?? `(earlier result: ${name})`) : name)),
  );
  const columns: Partial<Record<CanonicalColumn, FieldSource>> = {};
  const properties: Record<string, FieldSource> = {};
  const claimed = new Set<string>();
  const used = new Set<number>();
  const assign = (target: string, source: FieldSource): void => {
    claimed.add(target);
    const id = propertyIdOf(target);
    if (id !== undefined) properties[id] = source;
    else columns[target as CanonicalColumn] = source;
  };

  for (const [target, wanted] of Object.entries(mapping?.columns ?? {})) {
    const index = header.indexOf(wanted);
    if (index < 0) continue; // check-mapping.ts already refused headers the sheet lacks
    used.add(index);
    assign(target, { kind: "header", index, name: names[index] ?? wanted });
  }
  for (const [target, value] of Object.entries(mapping?.constants ?? {})) {
    assign(target, { kind: "constant", value, name: constantName(target) });
  }

  const candidates = new Map<string, { index: number; rank: number }[]>();
  const ignored: number[] = [];
  header.forEach((headerName, index) => {
    if (used.has(index) || (visible && !visible.has(index))) return;
    const name = visible?.get(index) ?? headerName;
    const id = propertyIdOf(name);
    const match = id === undefined ? matchHeader(name) : undefined;
    const target = id !== undefined ? `prop.${id}` : match?.column;
    if (target === undefined || claimed.has(target)) return void ignored.push(index);
    const list = candidates.get(target) ?? [];
    list.push({ index, rank: match?.by === "alias" ? 1 : 0 });
    candidates.set(target, list);
  });

  const ambiguities: string[] = [];
  for (const [target, list] of candidates) {
    const best = Math.min(...list.map(({ rank }) => rank));
    const winners = list.filter(({ rank }) => rank === best);
    if (winners.length > 1) {
      const headers = winners.map(({ index }) => names[index] ?? "");
      ambiguities.push(`columns ${quoteList(headers, "and")} all mean ${target}`);
    }
    const winner = winners[0];
    if (winner !== undefined)
      assign(target, { kind: "header", index: winner.index, name: names[winner.index] ?? "" });
    for (const { index } of list) if (index !== winner?.index) ignored.push(index);
  }
  if (ambiguities.length > 0) {
    const message = `${ambiguities.join("; ")}; rename all but one, or name the right one in a mapping file (--mapping)`;
    throw new InputError(file, message, { line: headerLine });
  }

  const ignoredColumns = ignored.sort((a, b) => a - b).map((index) => names[index] ?? "");
  const missing: CanonicalColumn[][] = [["service_number", "service_id"], ["new_carrier"], ["plan"]];
  const gaps = missing
    .filter((alternatives) => alternatives.every((column) => columns[column] === undefined))
    .map((alternatives) => {
      const pool = ignoredColumns.length > 0 ? ignoredColumns : names;
      const closest = closestHeader(alternatives, pool);
      const hint = closest === undefined ? "" : ` (closest header: ${JSON.stringify(closest)})`;
      return `no column for ${alternatives.join(" or ")}${hint}`;
    });
  if (gaps.length > 0) {
    const message = `the sheet has ${gaps.join(", ")}; rename the header, add the column, or map it in a mapping file (--mapping)`;
    throw new InputError(file, message, { line: headerLine });
  }
  const inputIndexes = visible ? [...visible.keys()] : header.map((_, index) => index);
  return {
    names,
    columns,
    properties,
    ignoredColumns,
    inputIndexes,
    ...(resultsFile ? { resultsFile } : {}),
  };
}
