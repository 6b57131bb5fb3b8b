// `GET /orders/properties` (CONTRACT.md §8.10; examples/order-properties-port-number.json). A port's set belongs
// to the new carrier, so clients pass `vendor`; `service=` resolves to the line's CURRENT carrier (F23).
import { flatError } from "../http/errors.js";
import type { RouteContext, SimRequest, SimResponse } from "../http/route-types.js";

export function getOrderProperties(req: SimRequest, ctx: RouteContext): SimResponse {
  const { query } = req;
  const fail = (errorCode: string, message: string): SimResponse =>
    flatError(400, errorCode, message, ctx.errorId());

  const transactionType = query.get("transactionType")?.trim() ?? "";
  if (transactionType === "") return fail("400-Transaction-Type-error", "transactionType must be passed in.");
  if (transactionType !== "PORT_NUMBER") {
    return fail(
      "400-Transaction-Type-error",
      `Transaction type ${transactionType} is not supported; this API supports PORT_NUMBER.`,
    );
  }

  const vendorParam = query.get("vendor")?.trim() ?? "";
  const serviceParam = query.get("service")?.trim() ?? "";
  let vendorId: string;
  if (vendorParam !== "") {
    const vendor = ctx.index.vendor(vendorParam);
    if (vendor === undefined) return fail("400-Vendor-Id-error", `Vendor ${vendorParam} does not exist.`);
    vendorId = vendor.id;
  } else if (serviceParam !== "") {
    const { tenant, actor } = req.caller;
    // F22: with a context header only the actor's services exist for the caller.
    const service = ctx.index.service(serviceParam);
    if (service?.tenant !== tenant.code || (actor !== undefined && service.employeeId !== actor.id))
      return fail("400-Service-Id-error", `Service ${serviceParam} does not exist.`);
    vendorId = service.currentVendorId;
  } else {
    return fail("400-Vendor-Service-Id-error", "Vendor ID or Service ID must be passed in.");
  }

  const set = ctx.index.propertySet(vendorId);
  const items = (set?.groups ?? []).map((g) => ({
    fields: g.fields.map((f) => ({ ...f })),
    groupId: g.groupId,
  }));
  const href = `${ctx.baseUrl}/orders/properties?${query.toString()}`;
  return { status: 200, body: { properties: { _meta: { href }, items } } };
}
