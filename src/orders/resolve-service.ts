// Which service asset a row ports: by service_id, else by service_number through the index (CONTRACT.md §8.6:
// digits only, NANP 1 dropped; several matches → the single ACTIVE one, else ambiguous). Then the API's rules 5-6.
import type { ServiceAsset } from "../api/wire-types.js";
import type { CanonicalRow, RowProblem } from "../input/canonical-row.js";
import { problem, quote, userColumn } from "./column-names.js";
import { normaliseServiceNumber } from "./normalise-service-number.js";
import type { ReferenceData } from "./reference-data.js";

export interface ServiceResolution {
  service?: ServiceAsset;
  /** The user's column that identified the service (service_id when given, else service_number). */
  column: string;
  problems: RowProblem[];
}

const byNumber = (number: string, column: string, ref: ReferenceData): ServiceResolution => {
  const matches = ref.servicesByNumber.get(normaliseServiceNumber(number)) ?? [];
  const active = matches.filter((service) => service.status === "ACTIVE");
  const [only] = matches.length === 1 ? matches : active.length === 1 ? active : [];
  if (only !== undefined) return { service: only, column, problems: [] };
  if (matches.length === 0) {
    const message = `No service of the tenant has number ${quote(number)}; check the number and the tenant`;
    return { column, problems: [problem("SERVICE_UNKNOWN", column, message)] };
  }
  const ids = matches.map((service) => service.id).join(", ");
  const message =
    `Number ${quote(number)} belongs to ${matches.length} services (ids ${ids}), ` +
    `${active.length === 0 ? "none" : active.length} of them ACTIVE; give the service_id of the line to port`;
  return { column, problems: [problem("SERVICE_AMBIGUOUS", column, message)] };
};

export const resolveService = (row: CanonicalRow, ref: ReferenceData): ServiceResolution => {
  const id = row.values.service_id ?? "";
  const number = row.values.service_number ?? "";
  const numberColumn = userColumn(row, "service_number");
  if (id === "") {
    if (number !== "") return byNumber(number, numberColumn, ref);
    const message = "Give the service number (or the service_id) of the line to port";
    return { column: numberColumn, problems: [problem("REQUIRED", numberColumn, message)] };
  }
  const idColumn = userColumn(row, "service_id");
  const service = ref.serviceById.get(id);
  if (service === undefined) {
    const message = `No service of the tenant has id ${quote(id)}; check the service id`;
    return { column: idColumn, problems: [problem("SERVICE_UNKNOWN", idColumn, message)] };
  }
  if (number !== "" && normaliseServiceNumber(number) !== normaliseServiceNumber(service.serviceNumber)) {
    const message =
      `${quote(number)} is not the number of service ${service.id} (${service.serviceNumber}); ` +
      `correct ${numberColumn} or ${idColumn}`;
    return { service, column: idColumn, problems: [problem("SERVICE_MISMATCH", numberColumn, message)] };
  }
  return { service, column: idColumn, problems: [] };
};

/** CONTRACT.md §9 rules 5 and 6: only an ACTIVE line whose orderActions include PORT_NUMBER can be ported. */
export const checkServicePortable = (service: ServiceAsset, column: string): RowProblem[] => {
  const problems: RowProblem[] = [];
  if (service.status !== "ACTIVE") {
    const message = `Service ${service.serviceNumber} is ${service.status}; only an ACTIVE line can be ported`;
    problems.push(problem("SERVICE_STATUS", column, message));
  }
  const actions = service.orderActions ?? [];
  if (!actions.includes("PORT_NUMBER")) {
    const allowed = actions.length === 0 ? "none" : actions.join(", ");
    const message =
      `Service ${service.serviceNumber} does not allow PORT_NUMBER (allowed: ${allowed}); ` +
      `this line cannot be ported through the API, remove the row`;
    problems.push(problem("ORDER_ACTION", column, message));
  }
  return problems;
};
