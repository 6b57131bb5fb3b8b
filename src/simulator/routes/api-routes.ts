// Every route under the API base, in the order they are tried: the read-only routes, then the orders.
import { combineRoutes } from "../http/define-routes.js";
import { orderRoutes } from "../orders/order-routes.js";
import { catalogRoutes } from "./catalog-routes.js";
import { pingRoutes } from "./ping-route.js";
import { regionRoutes } from "./region-routes.js";
import { serviceRoutes } from "./service-routes.js";
import { vendorRoutes } from "./vendor-routes.js";

export const apiRoutes = combineRoutes([
  regionRoutes,
  vendorRoutes,
  serviceRoutes,
  catalogRoutes,
  pingRoutes,
  orderRoutes,
]);
