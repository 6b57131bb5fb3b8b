// The report page is self-contained (no script, no external asset, a CSP that forbids loading any) and every
// value from a sheet or the API is escaped, however hostile.
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../src/report/build-report-model.js";
import { renderReport } from "../../src/report/render-report.js";
import type { RowState } from "../../src/state/row-state.js";
import type { TrackedOrder } from "../../src/state/tracked-order.js";

const T = "2025-03-01T10:00:00.000Z";
const HOSTILE = `</td><script>alert("x")</script><img src=x onerror=alert(1)>`;

const row: RowState = {
  key: "ACME:PORT_NUMBER:5123440007",
  externalOrderNumber: "BP-1",
  source: { file: `march "final".csv`, line: 4 },
  confirmed: { at: T, fingerprint: "fp" },
  submit: {
    startedAt: T,
    fingerprint: "fp",
    t0: T,
    serviceId: "1",
    serviceNumber: "5123440007",
    state: "submitted",
    orderId: "1000",
    submittedAt: T,
  },
  submitAttempts: 1,
  releases: 0,
  orderId: "1000",
  updatedAt: T,
};
const order: TrackedOrder = {
  orderId: "1000",
  key: row.key,
  externalOrderNumber: "BP-1",
  serviceNumber: "5123440007",
  source: { file: `march "final".csv`, line: 4 },
  submittedAt: T,
  status: "REJECTED",
  statusChangedAt: "2025-03-03T09:00:00Z",
  reason: HOSTILE,
  historyCount: 3,
};
const live: TrackedOrder = {
  ...order,
  orderId: "1002",
  key: "ACME:PORT_NUMBER:5123440000",
  serviceNumber: "5123440000",
  status: "IN_PROGRESS",
  costs: { oneTime: 199.99, monthly: 141.68, currency: "<b>USD</b>" },
};
const { reason: _reason, ...liveOrder } = live;
const history = [
  { orderId: "1000", seq: 0, status: "ORDER_SUBMITTED", date: "2025-03-01T10:00:00Z", recordedAt: T },
  { orderId: "1000", seq: 1, status: `<i>${HOSTILE}`, date: "2025-03-02T10:00:00Z", recordedAt: T },
];

const page = renderReport(
  buildReportModel({
    tenant: `ACME<script>`,
    generatedAt: T,
    rows: [row, { ...row, key: live.key, orderId: "1002" }],
    orders: [order, liveOrder],
    history,
  }),
);

describe("renderReport", () => {
  it("runs no script and loads nothing: no <script>, no src or href, no URL but the SVG namespace", () => {
    expect(page).not.toMatch(/<script/i);
    const tags = page.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /\s(src|href|on\w+)=/i.test(tag))).toEqual([]);
    expect(page.match(/https?:\/\/[^\s"']+/g)).toEqual(["http://www.w3.org/2000/svg"]);
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />`,
    );
  });

  it("escapes every value from the sheet and the API", () => {
    const escaped =
      "&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";
    expect(page).toContain(`<td>${escaped}</td>`);
    expect(page).toContain("<title>bulkport report: ACME&lt;script&gt;</title>");
    expect(page).toContain("<td>march &quot;final&quot;.csv</td>");
    expect(page).toContain(`<td>&lt;b&gt;USD&lt;/b&gt;</td>`);
    expect(page).toContain(`<title>2025-03-02: 1 &lt;i&gt;${escaped}</title>`);
  });

  it("marks the numbers a reader (or a test) can pick up", () => {
    expect(page).toContain(`data-status="REJECTED" data-count="1"`);
    expect(page).toMatch(/data-one-time="199\.99"/);
    expect(page).toMatch(/<b id="need-action">1<\/b>/);
  });
});
