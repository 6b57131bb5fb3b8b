// A CanonicalRow plus the run's reference data → the PORT_NUMBER order request, or every problem of the row at
// once. Applies the API's own rules (CONTRACT.md §9) so a row that would fail is never sent; checks that need an
// unresolved part are skipped, as the API skips them (F16).
import type { OrderRequest, ServiceAsset } from "../api/wire-types.js";
import type { CanonicalRow, RowProblem } from "../input/canonical-row.js";
import { buildOrderRequest } from "./build-order-request.js";
import { problem, quote, userColumn } from "./column-names.js";
import { createExternalOrderNumber, isValidExternalOrderNumber } from "./external-order-number.js";
import type { ReferenceData } from "./reference-data.js";
import { resolveCarrier, resolveDevice, resolveFeatures, resolvePlan } from "./resolve-catalog.js";
import { resolveAddress, resolveCountry, resolveExpedite, resolvePostalCode } from "./resolve-place.js";
import { resolveProperties } from "./resolve-properties.js";
import { checkServicePortable, resolveService } from "./resolve-service.js";

export interface ResolveOptions {
  /** The tenant code (X-TNGO-TENANT); part of the generated externalOrderNumber. */
  tenant: string;
}

export type ResolveResult =
  | {
      ok: true;
      request: OrderRequest;
      /** The row's employee (company employee id), for the context header (D13). */
      employee?: string;
      /** The catalog device's name, when the row orders one. */
      device?: string;
      /** The plan's name. */
      plan: string;
      /** The new carrier's id. */
      vendorId: string;
      /** The service's own number (as the API holds it). */
      serviceNumber: string;
    }
  | { ok: false; problems: RowProblem[] };

const resolveExternalOrderNumber = (row: CanonicalRow, service: ServiceAsset, tenant: string) => {
  const own = row.values.external_order_number ?? "";
  if (own === "") {
    const serviceNumber = service.serviceNumber;
    return {
      value: createExternalOrderNumber({ tenant, transactionType: "PORT_NUMBER", serviceNumber }),
      problems: [],
    };
  }
  if (isValidExternalOrderNumber(own)) return { value: own, problems: [] };
  const column = userColumn(row, "external_order_number");
  const message = `${quote(own)} is not 1-30 characters of letters, digits and -; fix it or leave it empty`;
  return { value: own, problems: [problem("EXTERNAL_ORDER_NUMBER_FORMAT", column, message)] };
};

/** Problems on a column the intake already flagged are left out: the intake's message says what to fix first. */
const merge = (intake: readonly RowProblem[], resolved: readonly RowProblem[]): RowProblem[] => {
  const flagged = new Set(intake.map((found) => found.column).filter((column) => column !== undefined));
  return [...intake, ...resolved.filter((found) => found.column === undefined || !flagged.has(found.column))];
};

const sameCarrier = (row: CanonicalRow, service: ServiceAsset | undefined, vendorId: string, name: string) =>
  service?.vendor?.current?.id === vendorId
    ? [
        problem(
          "SAME_CARRIER",
          userColumn(row, "new_carrier"),
          `Service ${service.serviceNumber} is already with ${name}; choose another new carrier`,
        ),
      ]
    : [];

export const resolveRow = (row: CanonicalRow, ref: ReferenceData, options: ResolveOptions): ResolveResult => {
  const found = resolveService(row, ref);
  const { service } = found;
  const carrier = resolveCarrier(row, ref);
  const vendor = carrier.item;
  const plan = resolvePlan(row, ref, vendor);
  const device = vendor === undefined ? { problems: [] } : resolveDevice(row, ref, vendor);
  const features = plan.item === undefined ? { ids: [], problems: [] } : resolveFeatures(row, plan.item);
  const country = resolveCountry(row, ref);
  const place = country.country;
  const postal = place === undefined ? { problems: [] } : resolvePostalCode(row, place);
  const address = place === undefined ? { address: [], problems: [] } : resolveAddress(row, place);
  const shipToName = row.values.ship_to_name ?? "";
  const nameProblems =
    shipToName === ""
      ? [
          problem(
            "REQUIRED",
            userColumn(row, "ship_to_name"),
            "Give the name the SIM or device is shipped to",
          ),
        ]
      : [];
  const expedite = resolveExpedite(row);
  const current = service?.vendor?.current;
  const currentCarrierName = current?.name ?? (current && ref.vendorById.get(current.id)?.name);
  const properties =
    vendor === undefined
      ? { groups: [], problems: [] }
      : resolveProperties(row, ref.propertiesByVendor.get(vendor.id) ?? [], {
          vendor,
          serviceColumn: found.column,
          ...(service === undefined ? {} : { service }),
          ...(currentCarrierName === undefined ? {} : { currentCarrierName }),
        });
  const order = service === undefined ? undefined : resolveExternalOrderNumber(row, service, options.tenant);

  const problems = merge(row.problems, [
    ...found.problems,
    ...(service === undefined ? [] : checkServicePortable(service, found.column)),
    ...carrier.problems,
    ...plan.problems,
    ...device.problems,
    ...features.problems,
    ...(vendor === undefined ? [] : sameCarrier(row, service, vendor.id, vendor.name)),
    ...country.problems,
    ...postal.problems,
    ...address.problems,
    ...nameProblems,
    ...expedite.problems,
    ...properties.problems,
    ...(order?.problems ?? []),
  ]);
  if (problems.length > 0 || !service || !vendor || !plan.item || !place || !order)
    return { ok: false, problems };

  const request = buildOrderRequest({
    externalOrderNumber: order.value,
    serviceId: service.id,
    regionId: place.id,
    ...(postal.postalCode === undefined ? {} : { postalCode: postal.postalCode }),
    planId: plan.item.id,
    ...(device.item === undefined ? {} : { deviceId: device.item.id }),
    optionalFeatureIds: features.ids,
    properties: properties.groups,
    shipTo: { name: shipToName, regionId: place.id, expedite: expedite.expedite, address: address.address },
  });
  const employee = row.values.employee ?? "";
  return {
    ok: true,
    request,
    ...(employee === "" ? {} : { employee }),
    ...(device.item === undefined ? {} : { device: device.item.name }),
    plan: plan.item.name,
    vendorId: vendor.id,
    serviceNumber: service.serviceNumber,
  };
};
