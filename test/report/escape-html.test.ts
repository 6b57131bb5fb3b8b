import { describe, expect, it } from "vitest";
import { escapeHtml, html, SafeHtml } from "../../src/report/escape-html.js";

describe("html", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ['" onmouseover="x', "&quot; onmouseover=&quot;x"],
    ["O'Brien & Sons", "O&#39;Brien &amp; Sons"],
    ["Montréal", "Montréal"],
  ])("escapes %j in content and attributes", (value, escaped) => {
    expect(html`<td title="${value}">${value}</td>`.toString()).toBe(
      `<td title="${escaped}">${escaped}</td>`,
    );
  });

  it("keeps markup built with html, joins arrays and leaves undefined out", () => {
    const cells = ["<a>", "b"].map((v) => html`<td>${v}</td>`);
    const none = undefined;
    const row = html`<span>${cells}${none}${3}</span>`;
    expect(row.toString()).toBe("<span><td>&lt;a&gt;</td><td>b</td>3</span>");
  });

  it("treats a string that looks like markup as text", () => {
    const looksSafe = "<b>bold</b>";
    expect(html`${looksSafe}`.toString()).toBe(escapeHtml(looksSafe));
    expect(html`${SafeHtml.trusted(looksSafe)}`.toString()).toBe(looksSafe);
  });
});
