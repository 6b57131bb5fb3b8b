// The API does not de-duplicate externalOrderNumber (CONTRACT.md §12, D11), so the client derives one that is
// unique per line and stable across reruns: a digest of (tenant, transaction type, normalised service number).
// A rerun of the same line sends the same value, which is how reconciliation (§11.3) finds an in-doubt order.
// At most 30 characters of [A-Za-z0-9-], since the back ends' limit is unknown (F25). node:crypto is used only
// for hashing, which is pure.
import { createHash } from "node:crypto";
import { normaliseServiceNumber } from "./normalise-service-number.js";

const MAX_LENGTH = 30;
const PREFIX = "BP-";
const FORMAT = /^[A-Za-z0-9-]{1,30}$/;
const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"; // RFC 4648, no padding

const base32 = (bytes: Uint8Array): string => {
  let bits = 0;
  let buffer = 0;
  let out = "";
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return bits > 0 ? out + BASE32_ALPHABET[(buffer << (5 - bits)) & 31] : out;
};

export interface ExternalOrderNumberKey {
  /** The tenant code; compared case-insensitively (X-TNGO-TENANT "acme" and "ACME" are one tenant). */
  tenant: string;
  transactionType: string;
  /** Any spelling of the number; it is normalised to 10 NANP digits first (§8.6). */
  serviceNumber: string;
}

/** `BP-` + 27 base-32 characters of SHA-256 (135 bits): 30 characters, stable for the same key. */
export const createExternalOrderNumber = ({
  tenant,
  transactionType,
  serviceNumber,
}: ExternalOrderNumberKey): string => {
  const key = [tenant.trim().toUpperCase(), transactionType, normaliseServiceNumber(serviceNumber)].join(
    "\u0000",
  );
  const digest = createHash("sha256").update(key, "utf8").digest();
  return PREFIX + base32(digest).slice(0, MAX_LENGTH - PREFIX.length);
};

/** The rule a row's own external_order_number must follow (F25). */
export const isValidExternalOrderNumber = (value: string): boolean => FORMAT.test(value);
