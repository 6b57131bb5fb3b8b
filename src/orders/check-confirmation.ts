// A confirmation "returns all of the IDs passed in with the request body" (port tutorial; CONTRACT.md §8.11, §10),
// so every value echoed back must equal what was sent before the row may be submitted. Labels are display text
// (F21) and are ignored, as are fields the client did not send. A value that was sent but is not echoed counts as
// a mismatch: the client cannot show the user what the API understood. summariseConfirmation keeps what the
// results CSV shows of a confirmation.
import type { CanonicalRow, RowProblem } from "../input/canonical-row.js";
import type { ConfirmedDetails } from "../results/row-outcome.js";
import type { EchoedProperty, OrderConfirmation, OrderRequest } from "../api/wire-types.js";
import {
  SECRET_PROPERTIES,
  addressColumn,
  problem,
  propertyColumn,
  quote,
  userColumn,
} from "./column-names.js";
import { normaliseServiceNumber } from "./normalise-service-number.js";
import { parseDate } from "./property-date.js";

type NamedRow = Pick<CanonicalRow, "sourceColumn">;

interface Compared {
  column: string;
  what: string;
  sent: string;
  echoed: string | undefined;
  secret?: boolean;
}

const compare = ({ column, what, sent, echoed, secret = false }: Compared): RowProblem[] => {
  if (echoed === sent) return [];
  const said =
    echoed === undefined
      ? "the confirmation does not echo it"
      : `the confirmation says ${secret ? "something else" : quote(echoed)}`;
  const message = `${what} was sent as ${secret ? "given" : quote(sent)} but ${said}; check the row before submitting`;
  return [problem("CONFIRMATION_MISMATCH", column, message)];
};

/** A property's value as a comparable string; `type` is the SENT type (an echo may omit it). DATE values compare
 *  as calendar dates, since the API turns a date into UTC `T00:00:00Z` (§10). */
const propertyText = (type: string, field: EchoedProperty): string | undefined => {
  switch (type) {
    case "DATE":
      return field.date === undefined ? undefined : (parseDate(field.date) ?? field.date);
    case "CHOICE":
      if (field.choice === undefined) return undefined;
      return field.choice.otherText === undefined
        ? field.choice.id
        : `${field.choice.id}: ${field.choice.otherText}`;
    default:
      return field.text;
  }
};

const checkProperties = (
  request: OrderRequest,
  confirmation: OrderConfirmation,
  row: NamedRow,
): RowProblem[] =>
  request.properties.flatMap((group) => {
    const echoedGroup = confirmation.properties?.find((candidate) => candidate.groupId === group.groupId);
    return group.fields.flatMap((field) => {
      const echoed = echoedGroup?.fields.find((candidate) => candidate.id === field.id);
      return compare({
        column: propertyColumn(row, field.id),
        what: field.id,
        sent: propertyText(field.type, field) ?? "",
        echoed: echoed === undefined ? undefined : propertyText(field.type, echoed),
        secret: SECRET_PROPERTIES.has(field.id),
      });
    });
  });

const checkShipTo = (request: OrderRequest, confirmation: OrderConfirmation, row: NamedRow): RowProblem[] => {
  const { shipTo } = request;
  const echoed = confirmation.shipTo;
  const country = userColumn(row, "country");
  return [
    ...compare({
      column: userColumn(row, "ship_to_name"),
      what: "Ship-to name",
      sent: shipTo.name,
      echoed: echoed?.name,
    }),
    ...compare({
      column: country,
      what: "Ship-to country",
      sent: shipTo.regionId,
      echoed: echoed?.region?.id,
    }),
    ...compare({
      column: userColumn(row, "expedite"),
      what: "Expedite",
      sent: String(shipTo.expedite),
      // CONTRACT.md §10: expedite is echoed with a default of false.
      echoed: echoed === undefined ? undefined : String(echoed.expedite ?? false),
    }),
    ...shipTo.address.flatMap((part) =>
      compare({
        column: addressColumn(row, part.id),
        what: `Ship-to ${part.id}`,
        sent: part.value,
        echoed: echoed?.address?.find((candidate) => candidate.id === part.id)?.value,
      }),
    ),
  ];
};

/** Every echoed value that differs from the request, as CONFIRMATION_MISMATCH problems naming the user's column. */
export const checkConfirmation = (
  request: OrderRequest,
  confirmation: OrderConfirmation,
  row: NamedRow = { sourceColumn: {} },
): RowProblem[] => {
  const serviceColumn = userColumn(row, "service_number");
  const sentNumber = request.properties
    .flatMap((group) => group.fields)
    .find((field) => field.id === "SERVICE_NUMBER");
  const echoedNumber = confirmation.service?.serviceNumber;
  return [
    ...compare({
      column: userColumn(row, "external_order_number"),
      what: "External order number",
      sent: request.externalOrderNumber,
      echoed: confirmation.externalOrderNumber,
    }),
    ...compare({
      column: serviceColumn,
      what: "Service id",
      sent: request.serviceId,
      echoed: confirmation.service?.id,
    }),
    ...(sentNumber?.type === "TEXT"
      ? compare({
          column: serviceColumn,
          what: "Service number",
          sent: normaliseServiceNumber(sentNumber.text),
          echoed: echoedNumber === undefined ? undefined : normaliseServiceNumber(echoedNumber),
        })
      : []),
    ...compare({
      column: userColumn(row, "country"),
      what: "Country",
      sent: request.regionId,
      echoed: confirmation.region?.id,
    }),
    ...(request.postalCode === undefined
      ? []
      : compare({
          column: userColumn(row, "postal_code"),
          what: "Postal code",
          sent: request.postalCode,
          echoed: confirmation.postalCode,
        })),
    ...checkProperties(request, confirmation, row),
    ...checkShipTo(request, confirmation, row),
  ];
};

/** What the confirmation tells the user (§8.11, §10): device and plan by name, the costSummary's ONETIME and
 *  MONTHLY totals, for the results CSV. `confirmedAt` is the time of the confirm call (ISO). */
export const summariseConfirmation = (
  confirmation: OrderConfirmation,
  confirmedAt: string,
): ConfirmedDetails => {
  const costs = confirmation.costSummary ?? [];
  const oneTime = costs.find((cost) => cost.recurrence === "ONETIME");
  const monthly = costs.find((cost) => cost.recurrence === "MONTHLY");
  const currency =
    oneTime?.currencyCode ?? monthly?.currencyCode ?? confirmation.shoppingCart?.plan?.price?.currencyCode;
  const device = confirmation.shoppingCart?.device?.name;
  const plan = confirmation.shoppingCart?.plan?.name;
  return {
    ...(device === undefined ? {} : { device }),
    ...(plan === undefined ? {} : { plan }),
    ...(oneTime === undefined ? {} : { oneTimeCost: oneTime.amount }),
    ...(monthly === undefined ? {} : { monthlyCost: monthly.amount }),
    ...(currency === undefined ? {} : { currency }),
    confirmedAt,
  };
};
