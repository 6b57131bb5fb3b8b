// Table cases for resolveRow's problems: a row changed from the tutorial's, and its exact problems (code, the
// user's column, message). Where the line is used and shipped, and the order properties.
import { p, type ProblemCase } from "./problem-cases-service.js";
import { tutorialRow } from "./reference-fixture.js";

const tmobile = {
  new_carrier: "T-Mobile",
  plan: "T-Mobile Business Unlimited",
  device: "",
  optional_features: "",
  pin: "4821",
};
const longCity = "x".repeat(51);

export const placeAndPropertyCases: ProblemCase[] = [
  [
    "COUNTRY_UNKNOWN",
    tutorialRow({ country: "Mexico" }),
    [
      p(
        "COUNTRY_UNKNOWN",
        "country",
        '"Mexico" is not a country of the API; closest: "Canada", "United States"',
      ),
    ],
  ],
  [
    "REQUIRED US postal code",
    tutorialRow({ postal_code: "", ship_to_postal_code: "" }),
    [
      p(
        "REQUIRED",
        "Zip",
        "A US port needs the 5-digit ZIP code where the line is used; fill the postal code",
      ),
      p(
        "ADDRESS_REQUIRED",
        "ship_to_postal_code",
        "Give the ship-to Postal Code; it is required in United States",
      ),
    ],
  ],
  [
    "POSTAL_CODE_FORMAT",
    tutorialRow({ postal_code: "0647" }),
    [
      p(
        "POSTAL_CODE_FORMAT",
        "Zip",
        '"0647" is not a ZIP code of United States; expected 5 digits, e.g. 06477',
      ),
    ],
  ],
  [
    "ADDRESS_REQUIRED",
    tutorialRow({ ship_to_line1: "" }),
    [p("ADDRESS_REQUIRED", "ship_to_line1", "Give the ship-to Line 1; it is required in United States")],
  ],
  [
    "ADDRESS_LENGTH",
    tutorialRow({ ship_to_city: longCity }),
    [
      p(
        "ADDRESS_LENGTH",
        "ship_to_city",
        "The ship-to City has 51 characters; United States accepts 1 to 50",
      ),
    ],
  ],
  [
    "ADDRESS_FORMAT by regEx",
    tutorialRow({ ship_to_postal_code: "6477X" }),
    [
      p(
        "ADDRESS_FORMAT",
        "ship_to_postal_code",
        '"6477X" does not have the format of a United States Postal Code ([99999] or [99999-9999])',
      ),
    ],
  ],
  [
    "ADDRESS_FORMAT by options",
    tutorialRow({ ship_to_state: "XX" }),
    [p("ADDRESS_FORMAT", "State", '"XX" is not a State of United States; closest: "TX", "AL", "AK"')],
  ],
  [
    "ADDRESS_UNKNOWN",
    tutorialRow({
      country: "Canada",
      postal_code: "K1A 0B1",
      ship_to_postal_code: "K1A 0B1",
      ship_to_state: "ON",
      ship_to_line2: "Suite 4",
    }),
    [p("ADDRESS_UNKNOWN", "ship_to_line2", "Canada addresses have no LINE_2 part; leave the column empty")],
  ],
  [
    "REQUIRED ship-to name",
    tutorialRow({ ship_to_name: "" }),
    [p("REQUIRED", "Ship To", "Give the name the SIM or device is shipped to")],
  ],
  [
    "EXPEDITE_FORMAT",
    tutorialRow({ expedite: "maybe" }),
    [p("EXPEDITE_FORMAT", "expedite", '"maybe" is not yes or no; write true or false')],
  ],
  [
    "PROPERTY_REQUIRED",
    tutorialRow({ carrier_account_number: "" }),
    [
      p(
        "PROPERTY_REQUIRED",
        "Acct No.",
        "Verizon Wireless requires Carrier Account Number (CARRIER_ACCT_NUMBER) for a port; fill the column",
      ),
    ],
  ],
  [
    "PROPERTY_REQUIRED (PIN for T-Mobile)",
    tutorialRow({ ...tmobile, pin: "" }, { ORDER_REASON: "1" }),
    [
      p(
        "PROPERTY_REQUIRED",
        "Port PIN",
        "T-Mobile requires Account PIN / Password (PIN_PASSWORD) for a port; fill the column",
      ),
    ],
  ],
  [
    "PROPERTY_LENGTH",
    tutorialRow({ contact_number: "203555" }),
    [
      p(
        "PROPERTY_LENGTH",
        "contact_number",
        "Contact Phone Number has 6 characters; the carrier accepts 10 to 20",
      ),
    ],
  ],
  [
    "PROPERTY_FORMAT (date)",
    tutorialRow({}, { PREFERRED_PORT_DATE: "2016-02-30" }),
    [
      p(
        "PROPERTY_FORMAT",
        "prop.PREFERRED_PORT_DATE",
        '"2016-02-30" is not a date; write it as YYYY-MM-DD, e.g. 2016-12-22',
      ),
    ],
  ],
  [
    "PROPERTY_UNKNOWN",
    tutorialRow({}, { FOO: "bar" }),
    [
      p(
        "PROPERTY_UNKNOWN",
        "prop.FOO",
        "Verizon Wireless has no order property FOO for a port (its properties: CARRIER_ACCT_NUMBER, NAME_ON_INVOICE, CONTACT_NUMBER, CURRENT_CARRIER, SERVICE_NUMBER, PIN_PASSWORD, PREFERRED_PORT_DATE, ADDITIONAL_INSTRUCTIONS); rename or remove the column",
      ),
    ],
  ],
  [
    "PROPERTY_CHOICE",
    tutorialRow(tmobile, { ORDER_REASON: "Cheaper" }),
    [
      p(
        "PROPERTY_CHOICE",
        "prop.ORDER_REASON",
        '"Cheaper" is not a choice of Order Reason; choices: "Cost savings", "Better coverage", "Other: <text>"',
      ),
    ],
  ],
  [
    "PROPERTY_OTHER_TEXT",
    tutorialRow(tmobile, { ORDER_REASON: "Other:  " }),
    [p("PROPERTY_OTHER_TEXT", "prop.ORDER_REASON", '"Other" needs its text; write "Other: <your text>"')],
  ],
  [
    "PROPERTY_CONFLICT (no value shown: it is an account number)",
    tutorialRow({}, { CARRIER_ACCT_NUMBER: "999" }),
    [
      p(
        "PROPERTY_CONFLICT",
        "prop.CARRIER_ACCT_NUMBER",
        "prop.CARRIER_ACCT_NUMBER and Acct No. give different values; keep one of the two columns",
      ),
    ],
  ],
  [
    "EXTERNAL_ORDER_NUMBER_FORMAT",
    tutorialRow({ external_order_number: "MM 11234" }),
    [
      p(
        "EXTERNAL_ORDER_NUMBER_FORMAT",
        "external_order_number",
        '"MM 11234" is not 1-30 characters of letters, digits and -; fix it or leave it empty',
      ),
    ],
  ],
];
