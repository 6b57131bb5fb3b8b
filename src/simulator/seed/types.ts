// The simulator's own data model (CONTRACT.md §13 "Fixtures"). The simulator imports nothing from the client
// side (src/api, src/orders, ...): it is an independent reading of CONTRACT.md.

export interface SimMoney {
  amount: number;
  currencyCode: string;
  recurrence: "ONETIME" | "MONTHLY";
}

export interface SimTenant {
  code: string; // e.g. "ACME"
  name: string;
}

export interface SimEmployee {
  id: string;
  companyEmployeeId: string;
  firstName: string;
  lastName: string;
  email: string;
  officePhone?: string;
  status: "ACTIVE" | "INACTIVE";
  department: { id: string; name: string };
  tenant: string;
}

/** A login: the password grant's username selects it (CONTRACT.md §3, F1). */
export interface SimUser {
  username: string;
  password: string;
  clientId: string;
  clientSecret: string;
  tenant: string;
  employeeId: string; // the authenticated user's own employee record
  /** Employees this user may act for through context headers: "*" or a list of employee ids (D13). */
  mayActFor: "*" | string[];
}

export interface SimAddressPart {
  id: "LINE_1" | "LINE_2" | "LINE_3" | "CITY" | "STATE" | "POSTAL_CODE";
  label: string;
  minLength: number;
  maxLength: number;
  validation: "REQUIRED" | "OPTIONAL";
  pattern?: string;
  regEx?: string;
  options?: { label: string; value: string }[];
}

export interface SimCountry {
  id: string;
  name: string;
  abbreviation: string; // ISO alpha-2
  countryCode: string; // dialling code
  postalCodeRegEx?: string; // order-level postal code rule (only the US requires one, rule 9)
  postalCodePattern?: string;
  currency: { code: string; name: string; symbol: string };
  addressFormat: SimAddressPart[];
}

export interface SimStateProvince {
  id: string;
  name: string;
  abbreviation: string;
  parentId: string; // country id
}

export interface SimVendor {
  id: string;
  name: string;
  logoUrl: string;
  accessMethod: "GSM" | "CDMA" | "LTE";
}

export interface SimServiceAsset {
  id: string;
  tenant: string;
  serviceNumber: string;
  status: "ACTIVE" | "SUSPENDED" | "DEACTIVATED";
  orderActions: string[];
  currentVendorId: string;
  billingVendorId: string;
  employeeId: string;
  planName: string;
  device: {
    id: string;
    accessMethod: "GSM" | "CDMA" | "LTE";
    manufacturer: string;
    modelId: string;
    modelName: string;
    simId: string;
    serialNumber: string;
    companyAssetId: string;
    macAddress: string;
    /**
     * The access method as the API shows it, when more specific than `accessMethod` (examples/services-page.json
     * shows "CDMA_PCS"). Rule 13 compares `accessMethod`; this is display only.
     */
    accessMethodLabel?: string;
  };
  contractDates: { start: string; end: string; activated: string; lastDeviceUpgrade: string };
  updated: string;
}

export interface SimCatalogDevice {
  id: string;
  name: string;
  manufacturer: string; // manufacturer id and name, e.g. "Apple"
  imageUrl: string;
  price: SimMoney; // ONETIME
  vendorId: string;
  /** Service ids for which this device is not eligible (CONTRACT.md §8.8, D9, F9). */
  excludedServiceIds: string[];
}

export interface SimOptionalFeature {
  id: string;
  description: string;
  price: SimMoney;
}

export interface SimPlan {
  id: string;
  name: string;
  vendorId: string;
  price: SimMoney; // MONTHLY
  includedFeatures: { description: string }[];
  optionalFeatures: SimOptionalFeature[];
}

export interface SimPropertyDefinition {
  id: string;
  label: string;
  type: "TEXT" | "DATE" | "CHOICE";
  validation: "REQUIRED" | "OPTIONAL";
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  regEx?: string;
  text?: string; // a default value
  choices?: { id: string; label: string; isOther: boolean }[];
}

export interface SimPropertySet {
  transactionType: "PORT_NUMBER";
  vendorId: string;
  groups: { groupId: string; fields: SimPropertyDefinition[] }[];
}

/** A scripted lifecycle outcome for a service's port (CONTRACT.md §11.1). */
export interface SimScriptedOutcome {
  serviceId: string;
  finalStatus: "REJECTED" | "CANCELLED";
  comment: string; // e.g. "Carrier rejected the port: invalid carrier account number."
}

/** Everything the simulator serves. Generated deterministically from a seed number. */
export interface Fixture {
  seed: number;
  tenants: SimTenant[];
  employees: SimEmployee[];
  users: SimUser[];
  countries: SimCountry[];
  statesProvinces: SimStateProvince[];
  vendors: SimVendor[];
  services: SimServiceAsset[];
  devices: SimCatalogDevice[];
  plans: SimPlan[];
  propertySets: SimPropertySet[];
  scriptedOutcomes: SimScriptedOutcome[];
  /** The first orderId the counter hands out (steps by 2, F27). */
  firstOrderId: number;
}
