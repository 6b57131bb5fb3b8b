// Pure: which column of the sheet a rejection reason points at. The reasons are free text from the carrier
// (CONTRACT.md §11.1: "reason in the history comment"), so this is a heuristic over words, most specific first;
// no match means the person has to read the reason.
import type { CanonicalColumn } from "../input/canonical-row.js";

const RULES: readonly (readonly [RegExp, CanonicalColumn])[] = [
  [/\b(account|acct)\.?\s*(number|no\b|num\b|#)/i, "carrier_account_number"],
  [/\b(pin|passcode|password|security code)\b/i, "pin"],
  [/\bname\b/i, "name_on_invoice"],
  [/\b(zip|postal)\b/i, "postal_code"],
  [/\b(address|street)\b/i, "ship_to_line1"],
  [/\b(contact|callback)\b/i, "contact_number"],
  [/\b(current|old|losing) carrier\b/i, "current_carrier"],
  [/\bplan\b/i, "plan"],
  [/\bdevice\b/i, "device"],
];

/** The canonical column the reason names, e.g. "PIN incorrect" → "pin"; undefined when none is recognised. */
export const columnForReason = (reason: string | undefined): CanonicalColumn | undefined =>
  reason === undefined ? undefined : RULES.find(([pattern]) => pattern.test(reason))?.[1];
