// Pure: a raw record plus the header mapping -> a CanonicalRow with its values trimmed and normalised, every
// change recorded and every local problem listed. Trimming is not recorded (it changes nothing a person sees);
// names and account numbers are never changed otherwise. Checks that need the API are src/orders' job.
import { UsageError } from "../errors.js";
import type { CanonicalColumn, CanonicalRow, Normalisation, RowProblem } from "./canonical-row.js";
import { checkPinIssued, checkPinLength } from "./check-pin.js";
import { problemAt, type FieldOutcome } from "./field-outcome.js";
import type { FieldSource, HeaderMapping } from "./map-header.js";
import { normalizePhone } from "./normalize-phone.js";
import { normalizePostalCode } from "./normalize-postal-code.js";
import { normalizeCountry, normalizeState } from "./normalize-region.js";
import { checkDamage, normalizeExpedite } from "./normalize-values.js";
import type { RawRecord } from "./read-rows.js";

export interface MapRowOptions {
  /** When the run started; a PIN's age is counted in calendar days up to this day (UTC). */
  now: Date;
  /** Days after pin_issued when a transfer PIN is too old to send. @default 3 */
  pinMaxAgeDays?: number | undefined;
}

const normaliseOptions = (options: MapRowOptions): { now: Date; pinMaxAgeDays: number } => {
  const { now, pinMaxAgeDays = 3 } = options;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new UsageError(`Expected \`now\` to be a valid Date, got ${String(now)}`);
  }
  if (typeof pinMaxAgeDays !== "number" || !Number.isFinite(pinMaxAgeDays) || pinMaxAgeDays < 0) {
    const shown = typeof pinMaxAgeDays === "string" ? JSON.stringify(pinMaxAgeDays) : String(pinMaxAgeDays);
    throw new UsageError(`Expected \`pinMaxAgeDays\` to be a number >= 0, got ${shown}`);
  }
  return { now, pinMaxAgeDays };
};

const valueOf = (source: FieldSource, fields: readonly string[]): string =>
  (source.kind === "constant" ? source.value : (fields[source.index] ?? "")).trim();

/** Values beyond the header that are not empty (empty ones are Excel's trailing empty columns). */
const countValues = (fields: readonly string[], width: number): number => {
  let count = fields.length;
  while (count > width && (fields[count - 1] ?? "").trim() === "") count -= 1;
  return count;
};

/** Returns the mapper for one sheet; it checks `options` once. */
export function createRowMapper(
  mapping: HeaderMapping,
  options: MapRowOptions,
): (record: RawRecord) => CanonicalRow {
  const { now, pinMaxAgeDays } = normaliseOptions(options);
  const columnSources = Object.entries(mapping.columns) as [CanonicalColumn, FieldSource][];
  const propertySources = Object.entries(mapping.properties);

  return (record) => {
    const { fields } = record;
    const raw: Record<string, string> = {};
    for (const index of mapping.inputIndexes) raw[mapping.names[index] ?? ""] = fields[index] ?? "";
    const sourceColumn: Partial<Record<string, string>> = {};
    const values: Partial<Record<CanonicalColumn, string>> = {};
    const properties: Record<string, string> = {};
    const normalisations: Normalisation[] = [];
    const problems: RowProblem[] = [];
    const damaged = new Set<string>();

    const width = mapping.names.length;
    const count = countValues(fields, width);
    if (count !== width) {
      const message = `the row has ${count} values but the header has ${width} columns; a delimiter is missing or extra in this row`;
      problems.push({ code: "COLUMN_COUNT", message });
    }

    const take = (key: string, source: FieldSource): string | undefined => {
      sourceColumn[key] = source.name;
      const value = valueOf(source, fields);
      if (value === "") return undefined;
      const damage = checkDamage(value, source.name);
      if (damage !== undefined) {
        problems.push(damage);
        damaged.add(key);
      }
      return value;
    };
    for (const [column, source] of columnSources) {
      const value = take(column, source);
      if (value !== undefined) values[column] = value;
    }
    for (const [id, source] of propertySources) {
      const value = take(`prop.${id}`, source);
      if (value !== undefined) properties[id] = value;
    }

    const columnName = (column: CanonicalColumn): string => sourceColumn[column] ?? column;
    const apply = (
      column: CanonicalColumn,
      normalise: (value: string, name: string) => FieldOutcome,
    ): void => {
      const value = values[column];
      if (value === undefined || damaged.has(column)) return;
      const outcome = normalise(value, columnName(column));
      if ("problem" in outcome) return void problems.push(outcome.problem);
      values[column] = outcome.value;
      if (outcome.reason !== undefined) {
        normalisations.push({
          column: columnName(column),
          from: value,
          to: outcome.value,
          reason: outcome.reason,
        });
      }
    };

    // An empty country means the United States (the order builder's default); a damaged one checks nothing.
    const country = damaged.has("country")
      ? { kind: "other" as const }
      : normalizeCountry(values.country ?? "");
    if ("outcome" in country) apply("country", () => country.outcome);
    apply("service_number", normalizePhone);
    apply("contact_number", normalizePhone);
    apply("postal_code", (value, name) =>
      normalizePostalCode(value, name, { kind: country.kind, level: "order" }),
    );
    apply("ship_to_postal_code", (value, name) =>
      normalizePostalCode(value, name, { kind: country.kind, level: "ship-to" }),
    );
    apply("ship_to_state", (value, name) => normalizeState(value, name, country.kind));
    apply("expedite", normalizeExpedite);

    const check = (
      column: CanonicalColumn,
      found: (value: string, name: string) => RowProblem | undefined,
    ) => {
      const value = values[column];
      if (value === undefined || damaged.has(column)) return;
      const problem = found(value, columnName(column));
      if (problem !== undefined) problems.push(problem);
    };
    check("pin", checkPinLength);
    check("pin_issued", (value, name) => checkPinIssued(value, name, now, pinMaxAgeDays));
    // A results file masks account numbers ("*****6789"): sending that would make the carrier reject the port.
    check("carrier_account_number", (value, name) =>
      /^\*+[^*]{0,4}$/.test(value)
        ? problemAt(
            "ACCOUNT_MASKED",
            name,
            "is masked; a results file never holds the full account number: fill it in",
          )
        : undefined,
    );
    check("carrier_account_number", (value, name) => {
      const digits = value.replace(/\D/g, "").replace(/^1(\d{10})$/, "$1");
      return values.service_number !== undefined && digits === values.service_number
        ? problemAt(
            "ACCOUNT_IS_PHONE",
            name,
            "this is the service's phone number; use the account number from the carrier's invoice",
          )
        : undefined;
    });

    const required: [CanonicalColumn[], string][] = [
      [["service_number", "service_id"], "each row needs the service number to port"],
      [["new_carrier"], "name the new carrier, such as Verizon Wireless"],
      [["plan"], "name the new carrier's rate plan"],
    ];
    for (const [columns, what] of required) {
      if (columns.some((column) => values[column] !== undefined)) continue;
      const present = columns.find((column) => sourceColumn[column] !== undefined) ?? columns[0] ?? "plan";
      problems.push(problemAt("REQUIRED", columnName(present), `is empty; ${what}`));
    }

    const earlier = mapping.resultsFile;
    const previous = earlier && {
      status: (fields[earlier.status] ?? "").trim(),
      ...optional("orderId", fields[earlier.orderId]),
      ...optional("orderStatus", fields[earlier.orderStatus]),
      ...optional("externalOrderNumber", fields[earlier.externalOrderNumber]),
    };
    return {
      line: record.line,
      index: record.index,
      values,
      properties,
      raw,
      sourceColumn,
      normalisations,
      problems,
      ...(previous ? { previous } : {}),
    };
  };
}

const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  value?.trim() ? ({ [key]: value.trim() } as Partial<Record<K, string>>) : {};
