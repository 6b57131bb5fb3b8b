// The identity of one row in the state store. CONTRACT.md §12: the API does not deduplicate, so everything the
// client remembers about a port hangs off (tenant, transaction type, service number), stable across reruns and
// across re-exports of the sheet that reformat the number.
import { normaliseServiceNumber } from "../orders/normalise-service-number.js";

/**
 * The service number as digits only; the leading NANP country code `1` of an 11-digit number is dropped, so
 * "+1 (512) 344-0000", "15123440000" and "512.344.0000" name the same line.
 */
export const serviceNumberDigits = normaliseServiceNumber;

/**
 * `${tenant}:${transactionType}:${digits}`. Throws when the number has no digits: input validation rejects such
 * rows first, and letting them share one key would make unrelated rows look like one.
 */
export const rowKey = (tenant: string, transactionType: string, serviceNumber: string): string => {
  const digits = serviceNumberDigits(serviceNumber);
  if (digits === "") {
    throw new RangeError(`Expected a service number with digits, got ${JSON.stringify(serviceNumber)}`);
  }
  return `${tenant}:${transactionType}:${digits}`;
};
