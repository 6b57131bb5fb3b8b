// Pure: the report model as one self-contained HTML page: inline CSS, inline SVG, no script and no external
// asset (a Content-Security-Policy forbids loading any), every value escaped through `html`.
import type { CostTotals } from "../tracking/summarise-orders.js";
import type { ReportModel, ReportRow } from "./build-report-model.js";
import { html, SafeHtml } from "./escape-html.js";
import { REPORT_CSS } from "./report-styles.js";
import { colourOf, renderTimeline } from "./render-timeline.js";

const money = (amount: number, currency: string): string =>
  `${amount.toFixed(2)}${currency === "" ? "" : ` ${currency}`}`;

const statusCell = (status: string) =>
  html`<span class="swatch" style="background:${colourOf(status)}"></span>${status}`;

const countsTable = (id: string, heading: string, counts: readonly [string, number][]) =>
  counts.length === 0
    ? html`<p class="muted">None.</p>`
    : html`<table id="${id}">
        <thead>
          <tr>
            <th>${heading}</th>
            <th>Count</th>
          </tr>
        </thead>
        <tbody>
          ${counts.map(
            ([status, n]) =>
              html`<tr>
                <td>${statusCell(status)}</td>
                <td class="num" data-status="${status}" data-count="${n}">${n}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;

const costsTable = (costs: readonly CostTotals[]) =>
  costs.length === 0
    ? html`<p class="muted">No costs recorded for live orders.</p>`
    : html`<table id="costs">
        <thead>
          <tr>
            <th>Currency</th>
            <th>Orders</th>
            <th>One-time</th>
            <th>Monthly</th>
          </tr>
        </thead>
        <tbody>
          ${costs.map(
            (c) =>
              html`<tr data-currency="${c.currency}">
                <td>${c.currency || "(none)"}</td>
                <td class="num" data-orders="${c.orders}">${c.orders}</td>
                <td class="num" data-one-time="${c.oneTime.toFixed(2)}">${money(c.oneTime, c.currency)}</td>
                <td class="num" data-monthly="${c.monthly.toFixed(2)}">${money(c.monthly, c.currency)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;

const rowLine = (row: ReportRow) =>
  html`<tr class="${row.priority === undefined ? "" : `action p${row.priority}`}">
    <td class="num">${row.line}</td>
    <td>${row.file}</td>
    <td>${row.serviceNumber}</td>
    <td>${row.orderId}</td>
    <td>${row.previousOrderId}</td>
    <td>${statusCell(row.status)}</td>
    <td>${row.changedAt}</td>
    <td>${row.reason}</td>
    <td>${row.action}</td>
  </tr>`;

const rowsTable = (model: ReportModel) =>
  html`<table id="rows">
      <thead>
        <tr>
          <th>Line</th>
          <th>Sheet</th>
          <th>Service number</th>
          <th>Order</th>
          <th>Replaces order</th>
          <th>Status</th>
          <th>Since</th>
          <th>Reason</th>
          <th>What to do</th>
        </tr>
      </thead>
      <tbody>
        ${model.rows.map(rowLine)}
      </tbody>
    </table>
    ${
      model.hiddenRows > 0
        ? html`<p class="muted">${model.hiddenRows} more rows that need nothing are not listed.</p>`
        : html``
    }`;

const timelineTable = (model: ReportModel) =>
  html`<details>
    <summary>The numbers</summary>
    <table>
      <thead>
        <tr>
          <th>Day</th>
          <th>Changes</th>
        </tr>
      </thead>
      <tbody>
        ${model.timeline.map(
          (day) =>
            html`<tr>
              <td>${day.day}</td>
              <td>${day.counts.map(([s, n]) => `${n} ${s}`).join(", ")}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </details>`;

export const renderReport = (model: ReportModel): string => {
  const check = model.lastCheck
    ? `Statuses as of the last check, ${model.lastCheck.finishedAt}.`
    : "No status check yet: statuses are as the submits returned them (run bulkport status).";
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>bulkport report: ${model.tenant}</title>
        <style>
          ${SafeHtml.trusted(REPORT_CSS)}
        </style>
      </head>
      <body>
        <h1>Number port migration: ${model.tenant}</h1>
        <p class="muted">Generated ${model.generatedAt}. ${check}</p>
        <div class="cards">
          <div class="card"><b id="row-count">${model.rowCount}</b>rows on record</div>
          <div class="card"><b id="order-count">${model.orderCount}</b>orders placed</div>
          <div class="card${model.needAction > 0 ? " alert" : ""}">
            <b id="need-action">${model.needAction}</b>rows need action
          </div>
        </div>
        <h2>Orders per status</h2>
        ${countsTable("orders-by-status", "Status of each row's current order", model.ordersByStatus)}
        <h2>Rows without an order</h2>
        ${countsTable("rows-without-order", "Stage", model.rowsWithoutOrder)}
        <h2>Costs of live orders</h2>
        <p class="muted">Current orders that did not end rejected or cancelled, from their confirmations.</p>
        ${costsTable(model.costs)}
        <h2>Status changes per day</h2>
        ${renderTimeline(model.timeline)}${model.timeline.length > 0 ? timelineTable(model) : html``}
        <h2>Rows, those that need action first</h2>
        ${rowsTable(model)}
      </body>
    </html> `;
  return page.toString();
};
