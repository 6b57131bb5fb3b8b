// Order property sets per (PORT_NUMBER, new carrier) (CONTRACT.md §8.10, D10, F9): the default set is
// examples/order-properties-port-number.json; the PIN is REQUIRED for vendors 96 and 99, and 99 adds the
// ORDER_REASON CHOICE with an "other" option.
import { ATT_ID, TMOBILE_ID } from "./seed-vendors.js";
import type { SimPropertyDefinition, SimPropertySet, SimVendor } from "./types.js";

const PIN_REQUIRED_VENDORS: readonly string[] = [ATT_ID, TMOBILE_ID];

function portFields(vendorId: string): SimPropertyDefinition[] {
  const pinValidation = PIN_REQUIRED_VENDORS.includes(vendorId) ? "REQUIRED" : "OPTIONAL";
  const fields: SimPropertyDefinition[] = [
    {
      id: "CARRIER_ACCT_NUMBER",
      label: "Carrier Account Number",
      maxLength: 20,
      minLength: 1,
      type: "TEXT",
      validation: "REQUIRED",
    },
    {
      id: "NAME_ON_INVOICE",
      label: "Name on Invoice",
      maxLength: 60,
      minLength: 1,
      type: "TEXT",
      validation: "REQUIRED",
    },
    {
      id: "CONTACT_NUMBER",
      label: "Contact Phone Number",
      maxLength: 20,
      minLength: 10,
      type: "TEXT",
      validation: "REQUIRED",
    },
    { id: "CURRENT_CARRIER", label: "Current Carrier", type: "TEXT", validation: "REQUIRED" },
    {
      id: "SERVICE_NUMBER",
      label: "Service Number",
      maxLength: 10,
      minLength: 10,
      type: "TEXT",
      validation: "REQUIRED",
    },
    {
      id: "PIN_PASSWORD",
      label: "Account PIN / Password",
      maxLength: 10,
      minLength: 4,
      type: "TEXT",
      validation: pinValidation,
    },
    { id: "PREFERRED_PORT_DATE", label: "Preferred Port Date", type: "DATE", validation: "OPTIONAL" },
    {
      id: "ADDITIONAL_INSTRUCTIONS",
      label: "Additional Instructions",
      maxLength: 4000,
      minLength: 0,
      type: "TEXT",
      validation: "OPTIONAL",
    },
  ];
  if (vendorId === TMOBILE_ID) {
    fields.push({
      id: "ORDER_REASON",
      label: "Reason for Porting",
      type: "CHOICE",
      validation: "REQUIRED",
      choices: [
        { id: "1", label: "Cost savings", isOther: false },
        { id: "2", label: "Better coverage", isOther: false },
        { id: "9", label: "Other", isOther: true },
      ],
    });
  }
  return fields;
}

export function createPropertySets(vendors: readonly SimVendor[]): SimPropertySet[] {
  return vendors.map((v) => ({
    transactionType: "PORT_NUMBER",
    vendorId: v.id,
    groups: [{ groupId: "MISCELLANEOUS", fields: portFields(v.id) }],
  }));
}
