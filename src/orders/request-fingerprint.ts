// A stable hash of an order request, so the state store can tell across reruns whether a row's details changed
// since it was confirmed or submitted. Canonical JSON: object keys sorted, arrays kept in order (their order is
// meaningful: property and address order are echoed as sent, §10). node:crypto is used only for hashing.
import { createHash } from "node:crypto";
import type { OrderRequest } from "../api/wire-types.js";

/** JSON with every object's keys sorted; `undefined` members are dropped, as JSON.stringify does. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, member: unknown) =>
    member !== null && typeof member === "object" && !Array.isArray(member)
      ? Object.fromEntries(Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : member,
  );

/** `sha256:` + hex digest of the request's canonical JSON. */
export const requestFingerprint = (request: OrderRequest): string =>
  `sha256:${createHash("sha256").update(canonicalJson(request), "utf8").digest("hex")}`;
