// The new carrier, plan, device and optional features a row names, by id or by name (CONTRACT.md §8.5, §8.8,
// §8.9). The new carrier is the plan's vendor (F9), so the plan and device are looked up among that carrier's.
import type { CatalogDevice, OptionalFeature, Plan, Vendor } from "../api/wire-types.js";
import type { CanonicalRow, RowProblem } from "../input/canonical-row.js";
import { suggest } from "./closest-names.js";
import { problem, quote, userColumn } from "./column-names.js";
import { matchByIdOrName } from "./match-by-id-or-name.js";
import type { ReferenceData } from "./reference-data.js";
import type { ResolveProblemCode } from "./resolve-problem-codes.js";

export interface Resolved<T> {
  item?: T;
  problems: RowProblem[];
}

interface Lookup<T> {
  code: ResolveProblemCode;
  column: string;
  value: string;
  items: readonly T[];
  id: (item: T) => string;
  name: (item: T) => string;
  /** "a carrier", "a plan of Verizon Wireless", ... */
  what: string;
}

const lookUp = <T>({ code, column, value, items, id, name, what }: Lookup<T>): Resolved<T> => {
  const match = matchByIdOrName(items, value, id, name);
  if (match.kind === "found") return { item: match.item, problems: [] };
  const message =
    match.kind === "ambiguous"
      ? `${quote(value)} matches ${match.items.length} entries (ids ${match.items.map(id).join(", ")}); give the id of the one you mean`
      : `${quote(value)} is not ${what}${suggest(value, items.map(name))}`;
  return { problems: [problem(code, column, message)] };
};

export const resolveCarrier = (row: CanonicalRow, ref: ReferenceData): Resolved<Vendor> => {
  const column = userColumn(row, "new_carrier");
  const value = row.values.new_carrier ?? "";
  if (value === "") return { problems: [problem("REQUIRED", column, "Give the new carrier's name or id")] };
  const items = ref.vendors;
  return lookUp({ code: "CARRIER_UNKNOWN", column, value, items, what: "a known carrier", ...vendorKeys });
};

const vendorKeys = { id: (vendor: Vendor) => vendor.id, name: (vendor: Vendor) => vendor.name };

/** Without a carrier only the plan's emptiness is checked: a name is looked up among the carrier's plans. */
export const resolvePlan = (
  row: CanonicalRow,
  ref: ReferenceData,
  vendor: Vendor | undefined,
): Resolved<Plan> => {
  const column = userColumn(row, "plan");
  const value = row.values.plan ?? "";
  if (value === "") return { problems: [problem("REQUIRED", column, "Give the new plan's name or id")] };
  if (vendor === undefined) return { problems: [] };
  const items = ref.plansByVendor.get(vendor.id) ?? [];
  const what = `a plan of ${vendor.name}`;
  return lookUp({ code: "PLAN_UNKNOWN", column, value, items, what, id: (p) => p.id, name: (p) => p.name });
};

/** An empty device column means no new device: the order keeps the current one (CONTRACT.md §9 rule 13). */
export const resolveDevice = (
  row: CanonicalRow,
  ref: ReferenceData,
  vendor: Vendor,
): Resolved<CatalogDevice> => {
  const value = row.values.device ?? "";
  if (value === "") return { problems: [] };
  const column = userColumn(row, "device");
  const items = ref.devicesByVendor.get(vendor.id) ?? [];
  const what = `a device the catalog offers for ${vendor.name}`;
  return lookUp({ code: "DEVICE_UNKNOWN", column, value, items, what, id: (d) => d.id, name: (d) => d.name });
};

/** `;`-separated feature ids or descriptions; duplicates are merged, as the API does (§9 rule 14). */
export const resolveFeatures = (row: CanonicalRow, plan: Plan): { ids: string[]; problems: RowProblem[] } => {
  const column = userColumn(row, "optional_features");
  const names = (row.values.optional_features ?? "")
    .split(";")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const items: readonly OptionalFeature[] = plan.optionalFeatures ?? [];
  const what = `an optional feature of plan ${quote(plan.name)}`;
  const found = names.map((value) =>
    lookUp({
      code: "FEATURE_UNKNOWN",
      column,
      value,
      items,
      what,
      id: (f) => f.id,
      name: (f) => f.description,
    }),
  );
  return {
    ids: [...new Set(found.flatMap(({ item }) => (item === undefined ? [] : [item.id])))],
    problems: found.flatMap(({ problems }) => problems),
  };
};
