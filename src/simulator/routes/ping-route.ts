// GET /ping?echoText= (CONTRACT.md §8.16, F29): documented without a response shape; the simulator echoes.
import { defineRoutes } from "../http/define-routes.js";

export const pingRoutes = defineRoutes([
  {
    pattern: "/ping",
    methods: { GET: (req) => ({ status: 200, body: { echoText: req.query.get("echoText") ?? "" } }) },
  },
]);
