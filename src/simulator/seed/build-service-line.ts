// One service asset (a phone line) built from a few choices; the defaults are the contract's example line
// (examples/service.json), so hand-written lines state only what makes them special.
import type { SimServiceAsset } from "./types.js";

export const FIRST_SERVICE_ID = 34415733;
const FIRST_DEVICE_ID = 33585211;
const FIRST_SIM_ID = 830222233333;

/** Order actions by line state (§8.6; F8 lists the statuses, the action lists are fixture data). */
export const ORDER_ACTIONS = {
  active: ["UPGRADE", "PORT_NUMBER", "UPDATE_FEATURES", "SUSPEND", "DEACTIVATE"],
  activeWithoutPort: ["UPGRADE", "UPDATE_FEATURES", "SUSPEND", "DEACTIVATE"],
  suspended: ["UNSUSPEND", "DEACTIVATE"],
  deactivated: [] as string[],
} as const;

export interface OwnedModel {
  manufacturer: string;
  modelId: string;
  modelName: string;
}

export const OWNED_MODELS: readonly OwnedModel[] = [
  { manufacturer: "Samsung", modelId: "2455801", modelName: "Galaxy Note Pro - Black" },
  { manufacturer: "Apple", modelId: "2346152", modelName: "iPhone 6 (16GB) - Space Gray" },
  { manufacturer: "Apple", modelId: "2346160", modelName: "iPhone 5s (16GB) - Silver" },
  { manufacturer: "Samsung", modelId: "2455812", modelName: "Galaxy S5 (16GB) - Black" },
  { manufacturer: "Motorola", modelId: "2511004", modelName: "Moto X (2nd Gen) - Black" },
  { manufacturer: "LG", modelId: "2520377", modelName: "G4 (32GB) - Metallic Gray" },
];

export interface LineChoices {
  /** 0-based position among all lines: fixes the service, device and SIM ids. */
  index: number;
  tenant?: string;
  serviceNumber: string;
  vendorId: string;
  accessMethod: SimServiceAsset["device"]["accessMethod"];
  employeeId: string;
  planName: string;
  status?: SimServiceAsset["status"];
  orderActions?: readonly string[];
  model?: OwnedModel;
  accessMethodLabel?: string;
  serialNumber?: string;
  macAddress?: string;
  companyAssetId?: string;
  contractStart?: string; // YYYY-MM-DD
  lastDeviceUpgrade?: string; // YYYY-MM-DD
  updated?: string;
}

const statusActions = (status: SimServiceAsset["status"]): readonly string[] =>
  status === "ACTIVE" ? ORDER_ACTIONS.active : status === "SUSPENDED" ? ORDER_ACTIONS.suspended : [];

/** Contract dates are midnight US Eastern, as in the example ("2013-03-20T05:00:00Z"). */
const day = (date: string): string => `${date}T05:00:00Z`;
const plusYears = (date: string, years: number): string =>
  `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

export function buildServiceLine(c: LineChoices): SimServiceAsset {
  const status = c.status ?? "ACTIVE";
  const model = c.model ?? OWNED_MODELS[0]!;
  const start = c.contractStart ?? "2013-03-20";
  const device: SimServiceAsset["device"] = {
    id: String(FIRST_DEVICE_ID + c.index),
    accessMethod: c.accessMethod,
    manufacturer: model.manufacturer,
    modelId: model.modelId,
    modelName: model.modelName,
    simId: String(FIRST_SIM_ID + c.index),
    serialNumber: c.serialNumber ?? "1234567891023456",
    companyAssetId: c.companyAssetId ?? "CompanyAssetID",
    macAddress: c.macAddress ?? "1C:0D:88:90",
  };
  if (c.accessMethodLabel !== undefined) device.accessMethodLabel = c.accessMethodLabel;
  return {
    id: String(FIRST_SERVICE_ID + c.index),
    tenant: c.tenant ?? "ACME",
    serviceNumber: c.serviceNumber,
    status,
    orderActions: [...(c.orderActions ?? statusActions(status))],
    currentVendorId: c.vendorId,
    billingVendorId: c.vendorId,
    employeeId: c.employeeId,
    planName: c.planName,
    device,
    contractDates: {
      start: day(start),
      end: day(plusYears(start, 2)),
      activated: day(start),
      lastDeviceUpgrade: day(c.lastDeviceUpgrade ?? "2014-08-21"),
    },
    updated: c.updated ?? "2016-04-01T09:12:44Z",
  };
}
