// PORT_NUMBER rules 21–24 (CONTRACT.md §9): the shipping name, region and address against the country's
// addressFormat (§8.4). Labels for the echo come from that format, not from the seed's (F21).
import type { SimAddressPart, SimCountry } from "../seed/types.js";
import { codePointLength, isBlank, isJsonObject, matchesWhole, show } from "./validation-types.js";
import type { EchoShipTo, JsonObject, RuleError, ValidationContext } from "./validation-types.js";

export interface ShipToFindings {
  errors: RuleError[];
  shipTo?: EchoShipTo;
}

export function checkShipToRules(request: JsonObject, ctx: ValidationContext): ShipToFindings {
  const errors: RuleError[] = [];
  const push = (errorCode: string, field: string, message: string): void => {
    errors.push({ errorCode, field: `orderRequest.shipTo${field}`, message });
  };
  const { shipTo } = request;

  // Rule 21: always required here, unlike on Rivermine (port tutorial; option requireShipTo).
  if (shipTo === undefined && !ctx.requireShipTo) return { errors };
  if (!isJsonObject(shipTo)) {
    push(
      "400-Ship-To-error",
      "",
      shipTo === undefined ? "shipTo is required for PORT_NUMBER." : "shipTo must be an object.",
    );
    return { errors };
  }
  if (isBlank(shipTo.name)) push("400-Ship-To-error", ".name", "shipTo.name is required.");
  if (shipTo.expedite !== undefined && typeof shipTo.expedite !== "boolean") {
    push(
      "400-Ship-To-error",
      ".expedite",
      `shipTo.expedite must be true or false, got ${show(shipTo.expedite)}.`,
    );
  }

  // Rule 22: the port tutorial sends `regionId`, the address tutorial `region.id`; both are accepted.
  const regionId = shipTo.regionId ?? (isJsonObject(shipTo.region) ? shipTo.region.id : undefined);
  const found = typeof regionId === "string" ? ctx.index.country(regionId) : undefined;
  const country = found !== undefined && found.addressFormat.length > 0 ? found : undefined;
  if (country === undefined) {
    push(
      "400-Ship-To-Region-error",
      ".regionId",
      regionId === undefined
        ? "shipTo.regionId is required."
        : `shipTo region ${show(regionId)} is not a country with an address format.`,
    );
    return { errors };
  }

  const address = checkAddress(shipTo.address, country, push);
  if (errors.length > 0 || address === undefined) return { errors };
  return {
    errors,
    shipTo: {
      name: typeof shipTo.name === "string" ? shipTo.name : "",
      expedite: shipTo.expedite === true,
      country,
      address,
    },
  };
}

type Push = (errorCode: string, field: string, message: string) => void;

/** Rules 23–24 over the address parts; returns the echo with the format's labels. */
function checkAddress(
  parts: unknown,
  country: SimCountry,
  push: Push,
): { id: string; label: string; value: string }[] | undefined {
  if (parts !== undefined && !Array.isArray(parts)) {
    push("400-Ship-To-error", ".address", "shipTo.address must be an array of {id, value} parts.");
    return undefined;
  }
  const sent = (parts ?? []) as unknown[];
  const echo: { id: string; label: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const part of sent) {
    const id = isJsonObject(part) ? part.id : undefined;
    const format = country.addressFormat.find((f) => f.id === id);
    if (!isJsonObject(part) || format === undefined) {
      push(
        "400-Address-Unknown-error",
        typeof id === "string" ? `.address.${id}` : ".address",
        `Address part ${show(id)} is not used in ${country.name}.`,
      );
      continue;
    }
    if (seen.has(format.id)) {
      push(
        "400-Address-Unknown-error",
        `.address.${format.id}`,
        `Address part ${format.id} appears more than once.`,
      );
      continue;
    }
    seen.add(format.id);
    if (typeof part.value !== "string") {
      if (part.value === undefined || part.value === null) continue; // missing: reported below if REQUIRED
      push(
        "400-Address-Format-error",
        `.address.${format.id}`,
        `Address part ${format.id} value must be a string.`,
      );
      continue;
    }
    echo.push({ id: format.id, label: format.label, value: part.value });
    // A blank part is missing when REQUIRED (reported below) and absent when OPTIONAL (F30).
    if (part.value.trim() !== "") checkPartValue(format, part.value, country, push);
  }
  for (const format of country.addressFormat.filter((f) => f.validation === "REQUIRED")) {
    const part = sent.find((p) => isJsonObject(p) && p.id === format.id);
    const mistyped = isJsonObject(part) && typeof part.value !== "string" && part.value != null;
    if (!mistyped && (!isJsonObject(part) || isBlank(part.value))) {
      push(
        "400-Address-Required-error",
        `.address.${format.id}`,
        `Address part ${format.id} is required in ${country.name}.`,
      );
    }
  }
  return echo;
}

function checkPartValue(format: SimAddressPart, text: string, country: SimCountry, push: Push): void {
  const field = `.address.${format.id}`;
  const length = codePointLength(text);
  if (length < format.minLength || length > format.maxLength) {
    push(
      "400-Address-Length-error",
      field,
      `Address part ${format.id} must be ${format.minLength} to ${format.maxLength} characters long, got ${length}.`,
    );
    return;
  }
  if (format.regEx !== undefined && !matchesWhole(format.regEx, text)) {
    push(
      "400-Address-Format-error",
      field,
      `Address part ${format.id} value '${text}' does not match ${format.regEx}.`,
    );
    return;
  }
  if (format.options !== undefined && !format.options.some((o) => o.value === text)) {
    push(
      "400-Address-Format-error",
      field,
      `Address part ${format.id} value '${text}' is not an allowed option for region ${country.id}.`,
    );
  }
}
