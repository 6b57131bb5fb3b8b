// PORT_NUMBER rules 2–7 (CONTRACT.md §9): the transaction type, the external reference and the service itself.
import type { SimServiceAsset } from "../seed/types.js";
import type { JsonObject, RuleError, ValidationContext } from "./validation-types.js";

export interface ServiceFindings {
  errors: RuleError[];
  /** False when rule 2 failed: the property set is keyed by transaction type, so rules 15–20 are skipped. */
  transactionTypeOk: boolean;
  externalOrderNumber?: string;
  /** Resolved by rule 4; undefined skips every check that needs the service (F16). */
  service?: SimServiceAsset;
}

const field = {
  transactionType: "orderRequest.transactionType",
  externalOrderNumber: "orderRequest.externalOrderNumber",
  serviceId: "orderRequest.serviceId",
} as const;

export function checkServiceRules(request: JsonObject, ctx: ValidationContext): ServiceFindings {
  const errors: RuleError[] = [];
  const { transactionType, externalOrderNumber, serviceId } = request;

  // Rule 2: the simulator supports no other transaction type.
  const transactionTypeOk = transactionType === "PORT_NUMBER";
  if (!transactionTypeOk) {
    errors.push({
      errorCode: "400-Transaction-Type-error",
      field: field.transactionType,
      message:
        transactionType === undefined
          ? "transactionType is required; this API supports PORT_NUMBER."
          : `transactionType ${JSON.stringify(transactionType)} is not supported; expected PORT_NUMBER.`,
    });
  }

  // Rule 3: any string is accepted; it is not checked for uniqueness (D11: the API does not deduplicate).
  if (externalOrderNumber !== undefined && typeof externalOrderNumber !== "string") {
    errors.push({
      errorCode: "400-External-Order-Number-error",
      field: field.externalOrderNumber,
      message: `externalOrderNumber must be a string, got ${JSON.stringify(externalOrderNumber)}.`,
    });
  }

  const service = findService(serviceId, ctx, errors);
  if (service !== undefined) checkServiceState(service, ctx, errors);

  return {
    errors,
    transactionTypeOk,
    ...(typeof externalOrderNumber === "string" && { externalOrderNumber }),
    ...(service !== undefined && { service }),
  };
}

/** Rule 4: present, in the caller's tenant, and (with a context header) assigned to the actor (F22). */
function findService(
  serviceId: unknown,
  ctx: ValidationContext,
  errors: RuleError[],
): SimServiceAsset | undefined {
  if (typeof serviceId !== "string" || serviceId.trim() === "") {
    errors.push({
      errorCode: "400-Service-Id-error",
      field: field.serviceId,
      message: serviceId === undefined ? "serviceId is required." : "serviceId must be a non-blank string.",
    });
    return undefined;
  }
  const found = ctx.index.service(serviceId);
  const service = found?.tenant === ctx.tenant ? found : undefined;
  if (service === undefined) {
    errors.push({
      errorCode: "400-Service-Id-error",
      field: field.serviceId,
      message: `Service ${serviceId} does not exist.`,
    });
    return undefined;
  }
  if (ctx.actor !== undefined && service.employeeId !== ctx.actor.id) {
    errors.push({
      errorCode: "400-Service-Id-error",
      field: field.serviceId,
      message: `Service ${serviceId} is not assigned to employee ${ctx.actor.id}.`,
    });
    return undefined;
  }
  return service;
}

/** Rules 5–7: an ACTIVE line that allows PORT_NUMBER and has no port open already. */
function checkServiceState(service: SimServiceAsset, ctx: ValidationContext, errors: RuleError[]): void {
  if (service.status !== "ACTIVE") {
    errors.push({
      errorCode: "400-Service-Status-error",
      field: field.serviceId,
      message: `Service ${service.id} is ${service.status}; only ACTIVE services can be ported.`,
    });
  }
  if (!service.orderActions.includes("PORT_NUMBER")) {
    errors.push({
      errorCode: "400-Order-Action-error",
      field: field.serviceId,
      message: `PORT_NUMBER is not an allowed order action for service ${service.id}.`,
    });
  }
  // Rule 7 (D11, F28): a safeguard, not de-duplication; it names the open order so a person can find it.
  const openOrderId = ctx.openPortFor(service.id);
  if (openOrderId !== undefined) {
    errors.push({
      errorCode: "400-Port-In-Progress-error",
      field: field.serviceId,
      message: `Service ${service.id} already has an open PORT_NUMBER order ${openOrderId}.`,
    });
  }
}
