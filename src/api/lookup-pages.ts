// A paged GET through the caller: every page of a collection (§7 rule via collectPages), as data. A failing
// page ends the walk and its failure becomes the result; run-wide walks throw instead (create-caller.ts).
import { ApiError } from "../errors.js";
import type { CallFailure, LookupResult } from "./api-results.js";
import type { CallSpec, Caller } from "./create-caller.js";
import { collectPages } from "./paginate.js";
import { readCollection } from "./read-envelope.js";

export type PagedSpec = Omit<CallSpec<unknown>, "read" | "method" | "mode" | "fixedPath"> & {
  /** The envelope key, e.g. "services" for `{"services": {"_meta", "items"}}` (D5). */
  name: string;
  /** The field that identifies an item, for de-duplication. @default "id" */
  idKey?: string;
};

export async function lookupPages<T>(caller: Caller, spec: PagedSpec): Promise<LookupResult<T[]>> {
  const { name, idKey = "id", ...rest } = spec;
  const reader = readCollection<T>(name, idKey);
  let failure: CallFailure | undefined;
  const items = await collectPages<T>(
    async ({ offset, limit }) => {
      const query = { ...rest.query, limit: String(limit), offset: String(offset) };
      const page = await caller.lookup({
        ...rest,
        method: "GET",
        mode: "safe",
        fixedPath: true,
        query,
        read: reader,
      });
      if (page.kind === "ok") return page.value;
      failure = page;
      return { items: [] }; // an empty page ends the walk
    },
    // readCollection checked that every item carries a string `idKey`.
    { idOf: (item) => String((item as Record<string, unknown>)[idKey]) },
  );
  return failure ?? { kind: "ok", value: items };
}

export async function fetchAllPages<T>(caller: Caller, spec: Omit<PagedSpec, "scope">): Promise<T[]> {
  const result = await lookupPages<T>(caller, { ...spec, scope: "run" });
  // A run-wide lookup throws ApiError on every failure (classify-failure.ts); this only narrows the type.
  if (result.kind !== "ok") throw new ApiError("UNREACHABLE", result.message, {});
  return result.value;
}
