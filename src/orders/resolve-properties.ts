// The order properties of the new carrier's set (CONTRACT.md §8.10, F23), filled from canonical columns, from
// `prop.<ID>` columns, and from the service (SERVICE_NUMBER, F22; CURRENT_CARRIER's default). Values are sent in
// the order of the carrier's definitions, as in examples/port-order-request.json. A canonical column whose
// property the carrier does not define is not sent: that carrier does not ask for it (a PIN stays unsent).
import type { PropertyGroupDefinition, PropertyGroupValue, ServiceAsset, Vendor } from "../api/wire-types.js";
import type { CanonicalRow, RowProblem } from "../input/canonical-row.js";
import { PROPERTY_COLUMNS, problem, propertyColumn } from "./column-names.js";
import { toPropertyValue } from "./property-value.js";

export interface PropertyContext {
  vendor: Vendor;
  /** Undefined when the service did not resolve: the checks that need it are skipped (as the API does, F16). */
  service?: ServiceAsset;
  /** The user's column that identified the service. */
  serviceColumn: string;
  /** The service's current carrier's name, CURRENT_CARRIER's default. */
  currentCarrierName?: string;
}

interface Sourced {
  value: string;
  column: string;
  problems: RowProblem[];
}

/** Where a property's value comes from, and a conflict when the sheet gives it twice. */
const source = (row: CanonicalRow, id: string, context: PropertyContext): Sourced | undefined => {
  const fromProp = (row.properties[id] ?? "").trim();
  const propColumn = row.sourceColumn[`prop.${id}`] ?? `prop.${id}`;
  let fromColumn: string;
  let column = propertyColumn(row, id);
  if (id === "SERVICE_NUMBER") {
    if (context.service === undefined) return undefined;
    fromColumn = context.service.serviceNumber;
    column = context.serviceColumn;
  } else {
    const canonical = PROPERTY_COLUMNS[id];
    fromColumn = canonical === undefined ? "" : (row.values[canonical] ?? "");
  }
  if (fromColumn !== "" && fromProp !== "" && fromColumn !== fromProp) {
    const message = `${propColumn} and ${column} give different values; keep one of the two columns`;
    return {
      value: fromColumn,
      column: propColumn,
      problems: [problem("PROPERTY_CONFLICT", propColumn, message)],
    };
  }
  if (fromColumn !== "") return { value: fromColumn, column, problems: [] };
  if (fromProp !== "") return { value: fromProp, column: propColumn, problems: [] };
  if (id === "CURRENT_CARRIER") {
    if (context.service === undefined) return undefined;
    return { value: context.currentCarrierName ?? "", column, problems: [] };
  }
  return { value: "", column, problems: [] };
};

const unknownProperties = (
  row: CanonicalRow,
  definitions: readonly PropertyGroupDefinition[],
  vendor: Vendor,
): RowProblem[] => {
  const known = definitions.flatMap((group) => group.fields.map((field) => field.id));
  return Object.entries(row.properties)
    .filter(([id, value]) => value.trim() !== "" && !known.includes(id))
    .map(([id]) => {
      const column = row.sourceColumn[`prop.${id}`] ?? `prop.${id}`;
      const message = `${vendor.name} has no order property ${id} for a port (its properties: ${known.join(", ")}); rename or remove the column`;
      return problem("PROPERTY_UNKNOWN", column, message);
    });
};

export const resolveProperties = (
  row: CanonicalRow,
  definitions: readonly PropertyGroupDefinition[],
  context: PropertyContext,
): { groups: PropertyGroupValue[]; problems: RowProblem[] } => {
  const problems: RowProblem[] = [];
  const groups: PropertyGroupValue[] = [];
  for (const group of definitions) {
    const fields: PropertyGroupValue["fields"] = [];
    for (const definition of group.fields) {
      const sourced = source(row, definition.id, context);
      if (sourced === undefined) continue;
      const check = toPropertyValue(definition, sourced.value, sourced.column, context.vendor.name);
      problems.push(...sourced.problems, ...check.problems);
      if (check.value !== undefined) fields.push(check.value);
    }
    if (fields.length > 0) groups.push({ groupId: group.groupId, fields });
  }
  problems.push(...unknownProperties(row, definitions, context.vendor));
  return { groups, problems };
};
