// The simulator's data set, generated deterministically from a seed number (CONTRACT.md §13 "Fixtures"). It
// always contains the contract's example data set (tenant ACME, country 70144640, carriers 96/98, service
// 34415733, employee 28673732, catalog devices 9194713909/9194713915, plan 6568886494).
import { integerIn } from "../check-option.js";
import { createCatalogDevices, createPlans } from "./seed-catalog.js";
import { createRandom } from "./create-random.js";
import { ACME, createEmployees, GLOBEX } from "./seed-employees.js";
import { createPropertySets } from "./seed-property-sets.js";
import { createCountries, createStatesProvinces } from "./seed-regions.js";
import { generateServiceLines } from "./seed-services.js";
import {
  createScriptedOutcomes,
  createSpecialServices,
  SPECIAL_SERVICE_IDS,
} from "./seed-special-services.js";
import { createTenants, createUsers } from "./seed-users.js";
import { createVendors, VERIZON_ID } from "./seed-vendors.js";
import type { Fixture, SimCatalogDevice, SimServiceAsset } from "./types.js";

export interface CreateFixtureOptions {
  /**
   * Any integer from 0 to 2^32 - 1; the same seed always gives the same data.
   * @default 1
   */
  seed?: number;
  /**
   * How many service assets (lines) tenant ACME has, hand-written ones included.
   * @default 3000
   */
  services?: number;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_SERVICES = 3000;
const MAX_SERVICES = 1_000_000;
/** Example orderIds start here (examples/order.json, F27). */
const FIRST_ORDER_ID = 8711260;
const GLOBEX_LINES = 5;

export function normalizeFixtureOptions(options: CreateFixtureOptions = {}): Required<CreateFixtureOptions> {
  const seed = options.seed ?? DEFAULT_SEED;
  const services = options.services ?? DEFAULT_SERVICES;
  integerIn("seed", seed, 0, 0xffffffff);
  integerIn("services", services, Object.keys(SPECIAL_SERVICE_IDS).length, MAX_SERVICES);
  return { seed, services };
}

/** Devices are ineligible for a few lines each (§8.8); Verizon's newer two for the example line, so that
 * examples/catalog-devices.json (2 devices for service 34415733) holds. */
function excludeDevices(
  devices: SimCatalogDevice[],
  lines: readonly SimServiceAsset[],
  pick: () => number,
): void {
  const perDevice = Math.min(10, Math.floor(lines.length / 300));
  for (const device of devices) {
    const excluded = new Set<string>();
    if (device.vendorId === VERIZON_ID && device.id !== "9194713909" && device.id !== "9194713915") {
      excluded.add(SPECIAL_SERVICE_IDS.example);
    }
    for (let i = 0; i < perDevice; i++)
      excluded.add(lines[pick() % lines.length]?.id ?? SPECIAL_SERVICE_IDS.example);
    device.excludedServiceIds = [...excluded];
  }
}

export function createFixture(options?: CreateFixtureOptions): Fixture {
  const { seed, services } = normalizeFixtureOptions(options);
  const random = createRandom(seed);
  const vendors = createVendors();
  const plans = createPlans();
  const devices = createCatalogDevices();
  const { employees, acmeOwnerIds: acmeOwners, globexOwnerIds: globexOwners } = createEmployees(random);

  const special = createSpecialServices(acmeOwners);
  const numbersInUse = new Set(special.map((s) => s.serviceNumber));
  const common = { random, vendors, plans, numbersInUse };
  const acmeLines = [
    ...special,
    ...generateServiceLines({
      ...common,
      tenant: ACME,
      firstIndex: special.length,
      count: services - special.length,
      ownerIds: acmeOwners,
      varied: true,
    }),
  ];
  const globexLines = generateServiceLines({
    ...common,
    tenant: GLOBEX,
    firstIndex: services,
    count: GLOBEX_LINES,
    ownerIds: globexOwners,
    varied: false,
  });
  excludeDevices(devices, acmeLines.slice(special.length), () => random.int(0, 0x7fffffff));

  return {
    seed,
    tenants: createTenants(),
    employees,
    users: createUsers(acmeOwners[0] ?? "", globexOwners[0] ?? ""),
    countries: createCountries(),
    statesProvinces: createStatesProvinces(),
    vendors,
    services: [...acmeLines, ...globexLines],
    devices,
    plans,
    propertySets: createPropertySets(vendors),
    scriptedOutcomes: createScriptedOutcomes(),
    firstOrderId: FIRST_ORDER_ID,
  };
}
