// GET /vendors and GET /vendors/{id} (CONTRACT.md §8.5, D8). `type` is ignored: the fixture holds only
// carriers. Items add `accessMethod` to examples/vendors.json's keys (F9: vendors carry one).
import { defineRoutes } from "../http/define-routes.js";
import { flatError } from "../http/errors.js";
import { paginate } from "../http/paginate.js";
import type { SimVendor } from "../seed/types.js";
import { renderVendorRef } from "./render-refs.js";

const renderVendor = (vendor: SimVendor, baseUrl: string) => ({
  ...renderVendorRef(vendor, baseUrl),
  accessMethod: vendor.accessMethod,
});

export const vendorRoutes = defineRoutes([
  {
    pattern: "/vendors",
    methods: {
      GET: (req, ctx) => {
        const page = paginate(ctx.fixture.vendors, req.query, `${ctx.baseUrl}/vendors`, {
          pageAlignedOffset: ctx.pageAlignedOffset,
          errorId: ctx.errorId,
        });
        if (!page.ok) return page.response;
        const items = page.items.map((v) => renderVendor(v, ctx.baseUrl));
        return { status: 200, body: { vendors: { _meta: page.meta, items } } };
      },
    },
  },
  {
    pattern: "/vendors/:id",
    methods: {
      GET: (_req, ctx, { id = "" }) => {
        const vendor = ctx.index.vendor(id);
        if (vendor === undefined) {
          return flatError(404, "404-Vendor-Not-Found-error", `Vendor ${id} was not found.`, ctx.errorId());
        }
        return { status: 200, body: renderVendor(vendor, ctx.baseUrl) };
      },
    },
  },
]);
