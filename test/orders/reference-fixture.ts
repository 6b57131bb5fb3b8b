// Shared test data: ReferenceData from the contract's examples (CONTRACT.md §1 data set: tenant ACME, US
// 70144640, AT&T 96 → Verizon 98, service 34415733 / 5123440000) plus small tables, and the tutorial's row.
import { readFileSync } from "node:fs";
import type {
  CatalogDevice,
  Country,
  OrderConfirmation,
  OrderRequest,
  Plan,
  PropertyGroupDefinition,
  ServiceAsset,
  Vendor,
} from "../../src/api/wire-types.js";
import type { CanonicalRow } from "../../src/input/canonical-row.js";
import {
  createReferenceData,
  type ReferenceData,
  type ReferenceDataParts,
} from "../../src/orders/reference-data.js";

export const example = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../fixtures/mobproc-examples/${name}`, import.meta.url), "utf8")) as T;

export const exampleRequest = (): OrderRequest =>
  example<{ orderRequest: OrderRequest }>("port-order-request.json").orderRequest;
export const exampleConfirmation = (): OrderConfirmation =>
  example<{ orderConfirmation: OrderConfirmation }>("port-order-confirmation.json").orderConfirmation;

const us = example<Country>("region-us.json");

const canada: Country = {
  id: "70144641",
  name: "Canada",
  abbreviation: "CA",
  type: "COUNTRY",
  postalCodeRegEx: "^[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d$",
  addressFormat: [
    { id: "LINE_1", label: "Line 1", minLength: 1, maxLength: 100, validation: "REQUIRED" },
    { id: "CITY", label: "City", minLength: 1, maxLength: 50, validation: "REQUIRED" },
    {
      id: "STATE",
      label: "Province",
      minLength: 2,
      maxLength: 2,
      validation: "REQUIRED",
      options: [
        { label: "Ontario", value: "ON" },
        { label: "Quebec", value: "QC" },
      ],
    },
    { id: "POSTAL_CODE", label: "Postal Code", minLength: 6, maxLength: 7, validation: "REQUIRED" },
  ],
};

const services = example<{ services: { items: ServiceAsset[] } }>("services-page.json").services.items;

const att = { current: { id: "96", name: "AT&T Mobility" } };
/** Extra services: one number twice with one ACTIVE, one number twice with both ACTIVE, one DEACTIVATED. */
const extraServices: ServiceAsset[] = [
  { id: "50000001", serviceNumber: "2125550100", status: "DEACTIVATED", orderActions: [], vendor: att },
  {
    id: "50000002",
    serviceNumber: "2125550100",
    status: "ACTIVE",
    orderActions: ["PORT_NUMBER"],
    vendor: att,
  },
  {
    id: "50000003",
    serviceNumber: "2125550199",
    status: "ACTIVE",
    orderActions: ["PORT_NUMBER"],
    vendor: att,
  },
  {
    id: "50000004",
    serviceNumber: "2125550199",
    status: "ACTIVE",
    orderActions: ["PORT_NUMBER"],
    vendor: att,
  },
  {
    id: "50000005",
    serviceNumber: "2125550155",
    status: "DEACTIVATED",
    orderActions: ["DEACTIVATE"],
    vendor: att,
  },
];

const verizonProperties = example<{ properties: { items: PropertyGroupDefinition[] } }>(
  "order-properties-port-number.json",
).properties.items;

/** Vendor 99 (T-Mobile): PIN required and the ORDER_REASON choice with an "other" option (CONTRACT.md F9). */
const tmobileProperties: PropertyGroupDefinition[] = verizonProperties.map((group) => ({
  groupId: group.groupId,
  fields: [
    ...group.fields.map((field) =>
      field.id === "PIN_PASSWORD" ? { ...field, validation: "REQUIRED" } : field,
    ),
    {
      id: "ORDER_REASON",
      label: "Order Reason",
      type: "CHOICE",
      validation: "REQUIRED",
      choices: [
        { id: "1", label: "Cost savings" },
        { id: "2", label: "Better coverage" },
        { id: "9", label: "Other", isOther: true },
      ],
    },
  ],
}));

const tmobilePlan: Plan = {
  id: "7700001",
  name: "T-Mobile Business Unlimited",
  price: { amount: 45, currencyCode: "USD", recurrence: "MONTHLY" },
  optionalFeatures: [],
  vendor: { id: "99", name: "T-Mobile" },
};

export const referenceParts = (): ReferenceDataParts => ({
  countries: [us, canada],
  vendors: example<{ vendors: { items: Vendor[] } }>("vendors.json").vendors.items,
  services: [...services, ...extraServices],
  plansByVendor: {
    "98": example<{ plans: { items: Plan[] } }>("plans-page.json").plans.items,
    "99": [tmobilePlan],
  },
  devicesByVendor: {
    "98": example<{ devices: { items: CatalogDevice[] } }>("catalog-devices.json").devices.items,
    "99": [],
  },
  propertiesByVendor: { "98": verizonProperties, "99": tmobileProperties },
});

export const reference = (overrides: Partial<ReferenceDataParts> = {}): ReferenceData =>
  createReferenceData({ ...referenceParts(), ...overrides });

/** The tutorial's order as a sheet row (port-number-tutorial.txt), with the user's own header names. */
export const tutorialRow = (
  values: CanonicalRow["values"] = {},
  properties: Record<string, string> = {},
): CanonicalRow => ({
  line: 2,
  index: 0,
  values: {
    service_number: "5123440000",
    new_carrier: "Verizon Wireless",
    carrier_account_number: "123456789",
    name_on_invoice: "Peter Edwards",
    current_carrier: "Formerly AT&T Wireless",
    contact_number: "2035559360",
    device: "Apple iPhone 5 (16GB) - Black",
    plan: "Nationwide for Business Talk Share Plan",
    optional_features: "Visual Voice Mail;Wireless Phone Protection (Advanced Devices)",
    country: "United States",
    postal_code: "06477",
    ship_to_name: "Peter Edwards",
    ship_to_line1: "35 Executive Blvd",
    ship_to_city: "Orange",
    ship_to_state: "CT",
    ship_to_postal_code: "06477",
    expedite: "true",
    ...values,
  },
  properties,
  raw: {},
  sourceColumn: {
    service_number: "Wireless #",
    new_carrier: "Carrier",
    carrier_account_number: "Acct No.",
    pin: "Port PIN",
    plan: "Plan",
    device: "Device",
    optional_features: "Features",
    ship_to_state: "State",
    ship_to_name: "Ship To",
    postal_code: "Zip",
    "prop.ORDER_REASON": "prop.ORDER_REASON",
  },
  normalisations: [],
  problems: [],
});
