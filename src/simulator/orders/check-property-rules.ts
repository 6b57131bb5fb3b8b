// PORT_NUMBER rules 15–20 (CONTRACT.md §9): order properties against the (PORT_NUMBER, new carrier) set (F23).
// One error per property at most: a missing, unknown or mistyped property is not checked further (F16).
import type { SimPropertyDefinition, SimServiceAsset } from "../seed/types.js";
import { checkPropertyValue } from "./check-property-value.js";
import { normalizeDateValue } from "./normalize-date-value.js";
import { isJsonObject, show } from "./validation-types.js";
import type { EchoField, EchoGroup, JsonObject, RuleError, ValidationContext } from "./validation-types.js";

export interface PropertyFindings {
  errors: RuleError[];
  /** The properties as sent, in the same order, each with its definition's label (§10). */
  groups: EchoGroup[];
}

interface SentField {
  groupId: string;
  value: JsonObject;
  path: string;
}

const valueKey = { TEXT: "text", DATE: "date", CHOICE: "choice" } as const;

export function checkPropertyRules(
  request: JsonObject,
  ctx: ValidationContext,
  vendorId: string,
  service: SimServiceAsset | undefined,
): PropertyFindings {
  const errors: RuleError[] = [];
  const set = ctx.index.propertySet(vendorId);
  const definitions = new Map((set?.groups ?? []).map((g) => [g.groupId, g.fields]));
  const sent = collectSentFields(request.properties, errors);
  if (sent === undefined) return { errors, groups: [] };

  // Rule 15 first: blank REQUIRED values count as missing (F30).
  const reported = new Set<string>();
  for (const [groupId, fields] of definitions) {
    for (const def of fields.filter((f) => f.validation === "REQUIRED")) {
      const path = `orderRequest.properties.${groupId}.${def.id}`;
      const match = sent.find((s) => s.groupId === groupId && s.value.id === def.id);
      // A property sent with the wrong type is not missing: rule 16 reports it.
      const blank =
        match !== undefined && match.value.type === def.type && isBlankValue(match.value[valueKey[def.type]]);
      if (match === undefined || blank) {
        errors.push({
          errorCode: "400-Property-Required-error",
          field: path,
          message: `Order property ${def.id} is required by vendor ${vendorId} for PORT_NUMBER.`,
        });
        reported.add(path);
      }
    }
  }

  const groups: EchoGroup[] = [];
  for (const item of sent) {
    const def = definitions.get(item.groupId)?.find((f) => f.id === item.value.id);
    if (def !== undefined) echo(groups, item, def);
    if (reported.has(item.path)) continue;
    const error = checkField(item, def, vendorId, service);
    if (error !== undefined) {
      errors.push(error);
      reported.add(item.path);
    }
  }
  return { errors, groups };
}

/** Flattens `properties[].fields[]`; undefined (after one error) when the structure itself is unusable. */
function collectSentFields(properties: unknown, errors: RuleError[]): SentField[] | undefined {
  if (properties === undefined) return [];
  const shapeError = (path: string, message: string): undefined => {
    errors.push({ errorCode: "400-Property-Type-error", field: path, message });
    return undefined;
  };
  if (!Array.isArray(properties)) {
    return shapeError("orderRequest.properties", "properties must be an array of {groupId, fields} groups.");
  }
  const sent: SentField[] = [];
  for (const group of properties) {
    const groupId = isJsonObject(group) && typeof group.groupId === "string" ? group.groupId : undefined;
    if (groupId === undefined || !isJsonObject(group) || !Array.isArray(group.fields)) {
      return shapeError("orderRequest.properties", "Each property group needs a groupId and a fields array.");
    }
    for (const value of group.fields) {
      if (!isJsonObject(value) || typeof value.id !== "string") {
        return shapeError(`orderRequest.properties.${groupId}`, "Each property needs a string id.");
      }
      sent.push({ groupId, value, path: `orderRequest.properties.${groupId}.${value.id}` });
    }
  }
  return sent;
}

function isBlankValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** Rules 16–20 for one sent property. */
function checkField(
  item: SentField,
  def: SimPropertyDefinition | undefined,
  vendorId: string,
  service: SimServiceAsset | undefined,
): RuleError | undefined {
  const { value, path } = item;
  const id = show(value.id);
  if (def === undefined) {
    return {
      errorCode: "400-Property-Unknown-error",
      field: path,
      message: `Order property ${item.groupId}.${id} is not defined for vendor ${vendorId} and PORT_NUMBER.`,
    };
  }
  if (value.type !== def.type) {
    return {
      errorCode: "400-Property-Type-error",
      field: path,
      message: `Order property ${id} has type ${def.type}, not ${show(value.type)}.`,
    };
  }
  const sentValue = value[valueKey[def.type]];
  // A blank OPTIONAL value is absent (F30): nothing to check.
  if (isBlankValue(sentValue)) return undefined;
  const problem = checkPropertyValue(def, sentValue);
  if (problem !== undefined) return { ...problem, field: path };
  // Rule 20 (F22): the number being ported must be the service's own.
  if (def.id === "SERVICE_NUMBER" && service !== undefined && sentValue !== service.serviceNumber) {
    return {
      errorCode: "400-Property-Service-Number-error",
      field: path,
      message: `SERVICE_NUMBER ${show(sentValue)} is not the number of service ${service.id} (${service.serviceNumber}).`,
    };
  }
  return undefined;
}

function echo(groups: EchoGroup[], item: SentField, def: SimPropertyDefinition): void {
  let group = groups.find((g) => g.groupId === item.groupId);
  if (group === undefined) {
    group = { groupId: item.groupId, fields: [] };
    groups.push(group);
  }
  const field: EchoField = { id: def.id, label: def.label, type: def.type };
  const { text, date, choice } = item.value;
  if (text !== undefined) field.text = text;
  if (typeof date === "string") field.date = normalizeDateValue(date) ?? date;
  if (choice !== undefined) field.choice = choice;
  group.fields.push(field);
}
