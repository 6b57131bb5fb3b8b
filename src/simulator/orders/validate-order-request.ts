// The PORT_NUMBER validator (CONTRACT.md §9): rules 2–24 over a parsed `orderRequest`, the same for confirm and
// submit (D3, D11). Every error found comes back at once; checks that need an unresolved id are skipped (F16).
// Rule 1 (the body itself) belongs to the route: it is a flat 400, not a list.
import { checkCartRules } from "./check-cart-rules.js";
import { checkPropertyRules } from "./check-property-rules.js";
import { checkServiceRules } from "./check-service-rules.js";
import { checkShipToRules } from "./check-ship-to-rules.js";
import type { JsonObject, ValidationContext, ValidationResult } from "./validation-types.js";

export function validateOrderRequest(request: JsonObject, ctx: ValidationContext): ValidationResult {
  const serviceFindings = checkServiceRules(request, ctx);
  const { service } = serviceFindings;
  const cart = checkCartRules(request, ctx, service);
  // Properties are defined per (transaction type, new carrier) (F23): without both there is no set to check.
  const properties =
    serviceFindings.transactionTypeOk && cart.vendor !== undefined
      ? checkPropertyRules(request, ctx, cart.vendor.id, service)
      : { errors: [], groups: [] };
  const shipTo = checkShipToRules(request, ctx);

  const errors = [...serviceFindings.errors, ...cart.errors, ...properties.errors, ...shipTo.errors];
  if (
    errors.length > 0 ||
    service === undefined ||
    cart.country === undefined ||
    cart.plan === undefined ||
    cart.vendor === undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    order: {
      service,
      country: cart.country,
      plan: cart.plan,
      vendor: cart.vendor,
      features: cart.features,
      properties: properties.groups,
      ...(cart.device !== undefined && { device: cart.device }),
      ...(serviceFindings.externalOrderNumber !== undefined && {
        externalOrderNumber: serviceFindings.externalOrderNumber,
      }),
      ...(cart.postalCode !== undefined && { postalCode: cart.postalCode }),
      ...(shipTo.shipTo !== undefined && { shipTo: shipTo.shipTo }),
    },
  };
}
