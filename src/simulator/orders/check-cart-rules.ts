// PORT_NUMBER rules 8–14 (CONTRACT.md §9): region, postal code and the shopping cart (plan, device, features).
import type {
  SimCatalogDevice,
  SimCountry,
  SimOptionalFeature,
  SimPlan,
  SimServiceAsset,
  SimVendor,
} from "../seed/types.js";
import { isJsonObject, matchesWhole, show } from "./validation-types.js";
import type { JsonObject, RuleError, ValidationContext } from "./validation-types.js";

export interface CartFindings {
  errors: RuleError[];
  country?: SimCountry;
  postalCode?: string;
  plan?: SimPlan;
  /** The new carrier, i.e. the plan's vendor (F9). */
  vendor?: SimVendor;
  device?: SimCatalogDevice;
  features: SimOptionalFeature[];
}

const field = {
  regionId: "orderRequest.regionId",
  postalCode: "orderRequest.postalCode",
  planId: "orderRequest.shoppingCart.planId",
  deviceId: "orderRequest.shoppingCart.deviceId",
  optionalFeatureIds: "orderRequest.shoppingCart.optionalFeatureIds",
} as const;

export function checkCartRules(
  request: JsonObject,
  ctx: ValidationContext,
  service: SimServiceAsset | undefined,
): CartFindings {
  const errors: RuleError[] = [];
  const push = (errorCode: string, fieldPath: string, message: string): void => {
    errors.push({ errorCode, field: fieldPath, message });
  };

  // Rule 8: a COUNTRY (states and provinces are regions too, but not order regions).
  const { regionId, postalCode } = request;
  const country = typeof regionId === "string" ? ctx.index.country(regionId) : undefined;
  if (country === undefined) {
    push(
      "400-Region-Id-error",
      field.regionId,
      regionId === undefined ? "regionId is required." : `Region ${show(regionId)} is not a country.`,
    );
  }

  // Rule 9: only the US requires an order-level postal code (port tutorial), checked against postalCodeRegEx.
  if (country?.abbreviation === "US") {
    const regEx = country.postalCodeRegEx ?? "";
    if (typeof postalCode !== "string" || postalCode.trim() === "") {
      push("400-Postal-Code-error", field.postalCode, `postalCode is required for region ${country.id}.`);
    } else if (regEx !== "" && !matchesWhole(regEx, postalCode)) {
      push(
        "400-Postal-Code-error",
        field.postalCode,
        `postalCode '${postalCode}' does not match ${regEx} for region ${country.id}.`,
      );
    }
  }

  const cart = isJsonObject(request.shoppingCart) ? request.shoppingCart : {};

  // Rule 10: the plan decides the new carrier (F9).
  const planId = cart.planId;
  const plan = typeof planId === "string" ? ctx.index.plan(planId) : undefined;
  const vendor = plan === undefined ? undefined : ctx.index.vendor(plan.vendorId);
  if (plan === undefined || vendor === undefined) {
    push(
      "400-Plan-Id-error",
      field.planId,
      planId === undefined
        ? "shoppingCart.planId is required: the plan decides the new carrier."
        : plan === undefined
          ? `Plan ${show(planId)} does not exist.`
          : `Plan ${plan.id} belongs to vendor ${plan.vendorId}, which does not exist.`,
    );
  }

  // Rule 11: a port to the carrier the line already has is not a port.
  if (service !== undefined && vendor !== undefined && vendor.id === service.currentVendorId) {
    push(
      "400-Same-Carrier-error",
      field.planId,
      `Service ${service.id} is already with ${vendor.name} (${vendor.id}); choose a plan of another carrier.`,
    );
  }

  const device = checkDevice(cart.deviceId, ctx, service, vendor, push);

  // Rule 13: a network with another access method needs new hardware (port tutorial, F9).
  if (
    cart.deviceId === undefined &&
    service !== undefined &&
    vendor !== undefined &&
    service.device.accessMethod !== vendor.accessMethod
  ) {
    push(
      "400-Device-Required-error",
      field.deviceId,
      `${vendor.name} uses ${vendor.accessMethod} but the current device uses ${service.device.accessMethod}; a deviceId is required.`,
    );
  }

  const features = plan === undefined ? [] : checkFeatures(cart.optionalFeatureIds, plan, push);

  return {
    errors,
    features,
    ...(country !== undefined && { country }),
    ...(typeof postalCode === "string" && { postalCode }),
    ...(plan !== undefined && vendor !== undefined && { plan, vendor }),
    ...(device !== undefined && { device }),
  };
}

type Push = (errorCode: string, fieldPath: string, message: string) => void;

/** Rule 12: the device exists, works with the new carrier and is not excluded for this service (§8.8). */
function checkDevice(
  deviceId: unknown,
  ctx: ValidationContext,
  service: SimServiceAsset | undefined,
  vendor: SimVendor | undefined,
  push: Push,
): SimCatalogDevice | undefined {
  if (deviceId === undefined) return undefined;
  const device = typeof deviceId === "string" ? ctx.index.device(deviceId) : undefined;
  if (device === undefined) {
    push("400-Device-Id-error", field.deviceId, `Device ${show(deviceId)} does not exist.`);
    return undefined;
  }
  if (vendor !== undefined && device.vendorId !== vendor.id) {
    push("400-Device-Id-error", field.deviceId, `Device ${device.id} is not sold by ${vendor.name}.`);
    return undefined;
  }
  if (service !== undefined && device.excludedServiceIds.includes(service.id)) {
    push(
      "400-Device-Id-error",
      field.deviceId,
      `Device ${device.id} is not eligible for PORT_NUMBER on service ${service.id}.`,
    );
    return undefined;
  }
  return device;
}

/** Rule 14: every id is one of the plan's optional features; duplicates are merged. */
function checkFeatures(ids: unknown, plan: SimPlan, push: Push): SimOptionalFeature[] {
  if (ids === undefined) return [];
  if (!Array.isArray(ids)) {
    push("400-Optional-Feature-Id-error", field.optionalFeatureIds, "optionalFeatureIds must be an array.");
    return [];
  }
  const wanted = new Set<unknown>(ids);
  for (const id of wanted) {
    if (!plan.optionalFeatures.some((f) => f.id === id)) {
      push(
        "400-Optional-Feature-Id-error",
        field.optionalFeatureIds,
        `Optional feature ${show(id)} is not offered by plan ${plan.id}.`,
      );
    }
  }
  return plan.optionalFeatures.filter((f) => wanted.has(f.id));
}
