// The simulator's order routes below the API base (CONTRACT.md §8.10–8.16). A known path with another method
// answers 405 (F13); other paths fall through to the HTTP core's 404.
import { defineRoutes } from "../http/define-routes.js";
import type { RouteHandler } from "../http/route-types.js";
import { getOrderProperties } from "./get-order-properties-route.js";
import { getOrder, getOrderHistory, getOrderShipments, listOrders } from "./get-order-routes.js";
import { postOrder } from "./post-order-route.js";

export const orderRoutes: RouteHandler = defineRoutes([
  // Before "/orders/:id", which would otherwise claim it.
  { pattern: "/orders/properties", methods: { GET: getOrderProperties } },
  { pattern: "/orders", methods: { GET: listOrders, POST: postOrder } },
  { pattern: "/orders/:id", methods: { GET: (req, ctx, p) => getOrder(req, ctx, p.id ?? "") } },
  {
    pattern: "/orders/:id/history",
    methods: { GET: (req, ctx, p) => getOrderHistory(req, ctx, p.id ?? "") },
  },
  {
    pattern: "/orders/:id/shipments",
    methods: { GET: (req, ctx, p) => getOrderShipments(req, ctx, p.id ?? "") },
  },
]);
