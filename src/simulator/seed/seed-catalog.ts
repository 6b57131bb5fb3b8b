// The catalog: devices and plans per carrier (CONTRACT.md §8.8, §8.9, D9). Verizon's entries are the contract's
// examples (examples/catalog-devices.json, examples/plans-page.json); Verizon keeps exactly one plan so that
// `GET /catalog/plans?vendor=98` answers as the example does.
import type { SimCatalogDevice, SimMoney, SimOptionalFeature, SimPlan } from "./types.js";
import { ATT_ID, BELL_ID, ROGERS_ID, SPRINT_ID, TMOBILE_ID, VERIZON_ID } from "./seed-vendors.js";

const onetime = (amount: number, currencyCode = "USD"): SimMoney => ({
  amount,
  currencyCode,
  recurrence: "ONETIME",
});
const monthly = (amount: number, currencyCode = "USD"): SimMoney => ({
  amount,
  currencyCode,
  recurrence: "MONTHLY",
});

const vendorCodes: Record<string, string> = {
  [ATT_ID]: "ATT",
  [VERIZON_ID]: "VER",
  [TMOBILE_ID]: "TMO",
  [SPRINT_ID]: "SPR",
  [ROGERS_ID]: "ROG",
  [BELL_ID]: "BEL",
};

// [id, vendor, manufacturer, name, image file, price, currency]
// prettier-ignore
const DEVICE_ROWS: readonly (readonly [string, string, string, string, string, number, string?])[] = [
  ["9194713909", VERIZON_ID, "Apple", "Apple iPhone 5 (16GB) - Black", "iphone5_blk_l", 199.99],
  ["9194713915", VERIZON_ID, "Samsung", "Samsung Galaxy S5 (16GB) - Black", "galaxys5_blk_l", 99.99],
  ["9194713921", VERIZON_ID, "Apple", "Apple iPhone 6 (16GB) - Space Gray", "iphone6_gry_l", 299.99],
  ["9194713927", VERIZON_ID, "Motorola", "Motorola DROID Turbo (32GB) - Black", "droidturbo_blk_l", 149.99],
  ["9194714001", ATT_ID, "Apple", "Apple iPhone 6 (16GB) - Space Gray", "iphone6_gry_l", 299.99],
  ["9194714007", ATT_ID, "Samsung", "Samsung Galaxy S6 (32GB) - White", "galaxys6_wht_l", 249.99],
  ["9194714013", ATT_ID, "Apple", "Apple iPhone SE (16GB) - Silver", "iphonese_slv_l", 149.99],
  ["9194714101", TMOBILE_ID, "Apple", "Apple iPhone 6s (32GB) - Rose Gold", "iphone6s_rgd_l", 349.99],
  ["9194714107", TMOBILE_ID, "Samsung", "Samsung Galaxy S7 (32GB) - Black", "galaxys7_blk_l", 299.99],
  ["9194714113", TMOBILE_ID, "LG", "LG G5 (32GB) - Titan", "lgg5_tit_l", 199.99],
  ["9194714201", SPRINT_ID, "Apple", "Apple iPhone 6 (16GB) - Silver", "iphone6_slv_l", 279.99],
  ["9194714207", SPRINT_ID, "Samsung", "Samsung Galaxy Note 5 (32GB) - Black", "galaxynote5_blk_l", 329.99],
  ["9194714213", SPRINT_ID, "Google", "Google Nexus 6P (32GB) - Graphite", "nexus6p_gph_l", 249.99],
  ["9194714301", ROGERS_ID, "Apple", "Apple iPhone 6s (16GB) - Space Gray", "iphone6s_gry_l", 329.99, "CAD"],
  ["9194714307", ROGERS_ID, "Samsung", "Samsung Galaxy S7 (32GB) - Silver", "galaxys7_slv_l", 279.99, "CAD"],
  ["9194714401", BELL_ID, "Apple", "Apple iPhone 6s (16GB) - Silver", "iphone6s_slv_l", 329.99, "CAD"],
  ["9194714407", BELL_ID, "Google", "Google Pixel (32GB) - Quite Black", "pixel_blk_l", 349.99, "CAD"],
];

export function createCatalogDevices(): SimCatalogDevice[] {
  return DEVICE_ROWS.map(([id, vendorId, manufacturer, name, image, price, currency]) => ({
    id,
    name,
    manufacturer,
    imageUrl: `https://api.tangoe.com/images/devices/${vendorCodes[vendorId] ?? "GEN"}/${image}.jpg`,
    price: onetime(price, currency),
    vendorId,
    excludedServiceIds: [],
  }));
}

const feature = (id: string, description: string, amount: number, currency?: string): SimOptionalFeature => ({
  id,
  description,
  price: monthly(amount, currency),
});

const plan = (
  id: string,
  vendorId: string,
  name: string,
  price: number,
  included: string[],
  optionalFeatures: SimOptionalFeature[],
  currency?: string,
): SimPlan => ({
  id,
  name,
  vendorId,
  price: monthly(price, currency),
  includedFeatures: included.map((description) => ({ description })),
  optionalFeatures,
});

export function createPlans(): SimPlan[] {
  const cad = "CAD";
  return [
    plan(
      "6568886494",
      VERIZON_ID,
      "Nationwide for Business Talk Share Plan",
      38.69,
      ["Base Package"],
      [
        feature("2082", "Visual Voice Mail", 2.99),
        feature("1399", "Wireless Phone Protection (Advanced Devices)", 100),
        feature("2101", "Mobile Hotspot", 20),
      ],
    ),
    plan(
      "6568887001",
      ATT_ID,
      "AT&T Business Unlimited",
      60,
      ["Base Package", "Unlimited Talk & Text"],
      [
        feature("3101", "Visual Voicemail", 0),
        feature("3102", "International Day Pass", 10),
        feature("3103", "Mobile Hotspot 15GB", 15),
      ],
    ),
    plan(
      "6568887002",
      ATT_ID,
      "AT&T Mobile Share Advantage 15GB",
      45,
      ["Base Package"],
      [feature("3111", "Mobile Protection Pack", 11.99), feature("3112", "International Calling", 15)],
    ),
    plan(
      "6568887101",
      TMOBILE_ID,
      "Magenta for Business",
      55,
      ["Base Package", "Unlimited Talk & Text"],
      [
        feature("4101", "Premium Device Protection", 15),
        feature("4102", "Mobile Hotspot 20GB", 10),
        feature("4103", "Netflix Basic", 0),
      ],
    ),
    plan(
      "6568887102",
      TMOBILE_ID,
      "Essentials for Business",
      35,
      ["Base Package"],
      [feature("4111", "Scam Shield Premium", 4), feature("4112", "International Pass", 5)],
    ),
    plan(
      "6568887201",
      SPRINT_ID,
      "Sprint Business Unlimited",
      50,
      ["Base Package", "Unlimited Talk & Text"],
      [feature("5101", "Total Equipment Protection", 13), feature("5102", "Mobile Hotspot 10GB", 10)],
    ),
    plan(
      "6568887202",
      SPRINT_ID,
      "Sprint Business Share 10GB",
      40,
      ["Base Package"],
      [feature("5111", "International Value Roaming", 5), feature("5112", "Visual Voicemail", 2)],
    ),
    plan(
      "6568887301",
      ROGERS_ID,
      "Rogers Business Share 10GB",
      65,
      ["Base Package"],
      [feature("6101", "Roam Like Home", 12, cad), feature("6102", "Device Protection", 14, cad)],
      cad,
    ),
    plan(
      "6568887302",
      ROGERS_ID,
      "Rogers Infinite Business",
      85,
      ["Base Package", "Unlimited Data"],
      [feature("6111", "US Roaming Add-on", 10, cad)],
      cad,
    ),
    plan(
      "6568887401",
      BELL_ID,
      "Bell Business Unlimited",
      80,
      ["Base Package", "Unlimited Data"],
      [feature("7101", "Travel Pass", 12, cad), feature("7102", "Device Care", 13, cad)],
      cad,
    ),
    plan(
      "6568887402",
      BELL_ID,
      "Bell Smart Share 5GB",
      55,
      ["Base Package"],
      [feature("7111", "Visual Voicemail", 3, cad)],
      cad,
    ),
  ];
}
