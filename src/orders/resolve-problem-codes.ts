// The closed list of problems found while turning a CanonicalRow into an order with the API's reference data, and
// while checking a confirmation. The intake's own list (problems found without the API) is in
// src/input/row-problem-codes.ts. Codes mirror the API's §9 errorCodes where they check the same rule, so a row
// that fails here is never sent.

export const RESOLVE_PROBLEM_CODES = {
  REQUIRED: "A value the order needs is empty (service, new carrier, plan, ship-to name, US postal code).",
  SERVICE_UNKNOWN: "No service of the tenant has this service id or number (§8.6).",
  SERVICE_AMBIGUOUS: "Several services have this number and not exactly one of them is ACTIVE (§8.6, F25).",
  SERVICE_MISMATCH: "service_id and service_number name different services.",
  SERVICE_STATUS: "The service is not ACTIVE (§9 rule 5).",
  ORDER_ACTION: "The service does not allow PORT_NUMBER (§9 rule 6).",
  CARRIER_UNKNOWN: "The new carrier matches no carrier, or several (§8.5, D8).",
  SAME_CARRIER: "The new carrier is the service's current carrier (§9 rule 11).",
  PLAN_UNKNOWN: "The plan is not one of the new carrier's plans (§9 rule 10).",
  DEVICE_UNKNOWN: "The device is not one of the new carrier's catalog devices (§9 rule 12).",
  FEATURE_UNKNOWN: "An optional feature is not one of the plan's optional features (§9 rule 14).",
  COUNTRY_UNKNOWN: "The country is not one of the API's countries (§8.2).",
  POSTAL_CODE_FORMAT: "The order's postal code does not match the country's postalCodeRegEx (§9 rule 9).",
  SHIP_TO_REGION: "The country has no address format, so no ship-to address can be built (§9 rule 22).",
  ADDRESS_REQUIRED: "A REQUIRED ship-to address part is empty (§9 rule 23).",
  ADDRESS_LENGTH: "A ship-to address part is shorter or longer than the country allows (§9 rule 23).",
  ADDRESS_UNKNOWN:
    "A ship-to column is filled but the country's address format has no such part (§9 rule 23).",
  ADDRESS_FORMAT: "A ship-to address part does not match its regEx or options, e.g. the state (§9 rule 24).",
  PROPERTY_REQUIRED: "A REQUIRED order property of the new carrier is empty (§9 rule 15).",
  PROPERTY_UNKNOWN:
    "A prop.<ID> column names no property of the new carrier, or one of an unknown type (§9 rule 16).",
  PROPERTY_LENGTH: "A text property is shorter or longer than the carrier allows (§9 rule 17).",
  PROPERTY_FORMAT: "A property does not match its regEx, or a date property is not a date (§9 rules 17-18).",
  PROPERTY_CHOICE: "A choice property names none of its choices (§9 rule 19).",
  PROPERTY_OTHER_TEXT: 'The "other" choice is given without its text (§9 rule 19, F30).',
  PROPERTY_CONFLICT:
    "A property is given twice, by its column and by a prop.<ID> column, with different values.",
  EXPEDITE_FORMAT: 'expedite is neither "true" nor "false".',
  EXTERNAL_ORDER_NUMBER_FORMAT:
    "The external order number is not 1-30 characters of A-Z, a-z, 0-9 and - (F25).",
  CONFIRMATION_MISMATCH: "The confirmation echoed a value different from the one sent (§8.11).",
} as const satisfies Record<string, string>;

export type ResolveProblemCode = keyof typeof RESOLVE_PROBLEM_CODES;
