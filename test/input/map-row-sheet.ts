// One sheet's header and a clean row of it, for the map-row tests.
import { mapHeader } from "../../src/input/map-header.js";
import { createRowMapper } from "../../src/input/map-row.js";
import type { RawRecord } from "../../src/input/read-rows.js";

export const now = new Date("2024-05-04T12:00:00Z");
export const header = [
  "Mobile #",
  "Carrier",
  "Acct No.",
  "Name on Bill",
  "Transfer PIN",
  "PIN Date",
  "Contact #",
  "Plan",
  "Country",
  "Zip",
  "State",
  "Ship To Zip",
  "Rush",
  "prop.PREFERRED_PORT_DATE",
];
export const mapping = mapHeader(header, { file: "ports.csv" });
export const mapRow = createRowMapper(mapping, { now });

export const good: Record<string, string> = {
  "Mobile #": "5123440000",
  Carrier: "Verizon Wireless",
  "Acct No.": "123456789",
  "Name on Bill": "Peter Edwards",
  "Transfer PIN": "4821",
  "PIN Date": "2024-05-03",
  "Contact #": "2035559360",
  Plan: "Nationwide for Business Talk Share Plan",
  Country: "United States",
  Zip: "06477",
  State: "CT",
  "Ship To Zip": "06477",
  Rush: "true",
  "prop.PREFERRED_PORT_DATE": "2024-06-01",
};

export const record = (changes: Record<string, string> = {}, line = 2): RawRecord => ({
  line,
  index: line - 2,
  fields: header.map((name) => changes[name] ?? good[name] ?? ""),
  header,
});
