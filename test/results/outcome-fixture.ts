// A sheet row as the intake would give it, for results tests: the user's headers, a PIN, an account number,
// a header that collides with a result column ("Status"), and cells that a spreadsheet would run as formulas.
import type { CanonicalRow } from "../../src/input/canonical-row.js";
import type { ConfirmedDetails } from "../../src/results/row-outcome.js";

export const INPUT_HEADER = ["Wireless #", "Carrier", "Acct No.", "Port PIN", "Status", "Notes", "Qty"];

export const sheetRow = (line = 2, notes = '=HYPERLINK("http://x")'): CanonicalRow => ({
  line,
  index: line - 2,
  values: {
    service_number: "5123440000",
    new_carrier: "Verizon Wireless",
    carrier_account_number: "123456789",
    pin: "4821",
  },
  properties: {},
  raw: {
    "Wireless #": "512-344-0000",
    Carrier: "Verizon Wireless",
    "Acct No.": "123456789",
    "Port PIN": "4821",
    Status: "VIP",
    Notes: notes,
    Qty: "-5",
  },
  sourceColumn: {
    service_number: "Wireless #",
    new_carrier: "Carrier",
    carrier_account_number: "Acct No.",
    pin: "Port PIN",
  },
  normalisations: [],
  problems: [],
});

export const confirmed: ConfirmedDetails = {
  device: "Apple iPhone 5 (16GB) - Black",
  plan: "Nationwide for Business Talk Share Plan",
  oneTimeCost: 199.99,
  monthlyCost: 141.68,
  currency: "USD",
  confirmedAt: "2016-04-26T14:02:11Z",
};
