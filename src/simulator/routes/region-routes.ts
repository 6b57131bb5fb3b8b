// GET /regions (+ parentRegion) and GET /regions/{id} (CONTRACT.md §8.2–8.4, D7, F20: the actor and `type`
// are ignored). `/regions` is a bare array under `regions`, without paging (D5).
import { defineRoutes, queryParam } from "../http/define-routes.js";
import { flatError } from "../http/errors.js";
import { renderCountry, renderCountrySummary, renderStateProvince } from "./render-region.js";

export const regionRoutes = defineRoutes([
  {
    pattern: "/regions",
    methods: {
      GET: (req, ctx) => {
        const parent = queryParam(req.query, "parentRegion");
        if (parent === undefined) {
          return {
            status: 200,
            body: { regions: ctx.fixture.countries.map((c) => renderCountrySummary(c, ctx.baseUrl)) },
          };
        }
        // F15: an unknown id in a query parameter is a 400, not a 404. A state has no children.
        if (ctx.index.country(parent) === undefined && ctx.index.stateProvince(parent) === undefined) {
          return flatError(400, "400-Region-Id-error", `Region ${parent} does not exist.`, ctx.errorId());
        }
        const children = ctx.index.statesProvincesOf(parent).map((s) => renderStateProvince(s, ctx.baseUrl));
        return { status: 200, body: { regions: children } };
      },
    },
  },
  {
    pattern: "/regions/:id",
    methods: {
      GET: (_req, ctx, { id = "" }) => {
        const country = ctx.index.country(id);
        if (country !== undefined) return { status: 200, body: renderCountry(country, ctx.baseUrl) };
        const state = ctx.index.stateProvince(id);
        if (state !== undefined) return { status: 200, body: renderStateProvince(state, ctx.baseUrl) };
        return flatError(404, "404-Region-Not-Found-error", `Region ${id} was not found.`, ctx.errorId());
      },
    },
  },
]);
