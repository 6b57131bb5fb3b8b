// Carriers (CONTRACT.md §8.5, D8). 96, 98 and 99 are examples/vendors.json; each carries an `accessMethod`,
// which rule 13 compares with the line's current device (F9).
import type { SimVendor } from "./types.js";

export const ATT_ID = "96";
export const VERIZON_ID = "98";
export const TMOBILE_ID = "99";
export const SPRINT_ID = "100";
export const ROGERS_ID = "101";
export const BELL_ID = "102";

const logo = (code: string): string => `https://api.tangoe.com/images/carrier/logo_${code}.gif`;

export function createVendors(): SimVendor[] {
  return [
    { id: ATT_ID, name: "AT&T Mobility", logoUrl: logo("ATT"), accessMethod: "GSM" },
    { id: VERIZON_ID, name: "Verizon Wireless", logoUrl: logo("VER"), accessMethod: "CDMA" },
    { id: TMOBILE_ID, name: "T-Mobile", logoUrl: logo("TMO"), accessMethod: "GSM" },
    { id: SPRINT_ID, name: "Sprint", logoUrl: logo("SPR"), accessMethod: "CDMA" },
    { id: ROGERS_ID, name: "Rogers Wireless", logoUrl: logo("ROG"), accessMethod: "GSM" },
    { id: BELL_ID, name: "Bell Mobility", logoUrl: logo("BEL"), accessMethod: "LTE" },
  ];
}

/** Carriers whose lines are Canadian numbers shipped to Canadian addresses. */
export const CANADIAN_VENDOR_IDS: readonly string[] = [ROGERS_ID, BELL_ID];
