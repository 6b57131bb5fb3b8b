// A tiny route table: path patterns with `:name` segments, one handler per method. A known path with an
// unknown method answers 405 (F13); an unknown path falls through (undefined) to the next table.
import { methodNotAllowed } from "./errors.js";
import type { RouteContext, RouteHandler, SimRequest, SimResponse } from "./route-types.js";

export type PathParams = Record<string, string>;
export type MethodHandler = (req: SimRequest, ctx: RouteContext, params: PathParams) => SimResponse;

export interface RouteDefinition {
  /** e.g. "/regions/:id" (relative to the API base). */
  pattern: string;
  methods: Partial<Record<"GET" | "POST", MethodHandler>>;
}

/** The `:name` segments of `pattern` matched against `path`, or undefined when it does not match. */
export function matchPath(pattern: string, path: string): PathParams | undefined {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return undefined;
  const params: PathParams = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? "";
    const g = got[i] ?? "";
    if (w.startsWith(":")) {
      if (g === "") return undefined;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return undefined; // malformed %-escape: not this route
      }
    } else if (w !== g) {
      return undefined;
    }
  }
  return params;
}

export function defineRoutes(definitions: readonly RouteDefinition[]): RouteHandler {
  return (req, ctx) => {
    for (const definition of definitions) {
      const params = matchPath(definition.pattern, req.path);
      if (params === undefined) continue;
      // Own keys only: a method named "toString" must not reach Object.prototype.
      const method = req.method as "GET" | "POST";
      const handler = Object.hasOwn(definition.methods, method) ? definition.methods[method] : undefined;
      return handler ? handler(req, ctx, params) : methodNotAllowed();
    }
    return undefined;
  };
}

/** The first handler that claims the path answers. */
export function combineRoutes(handlers: readonly RouteHandler[]): RouteHandler {
  return (req, ctx) => {
    for (const handler of handlers) {
      const response = handler(req, ctx);
      if (response !== undefined) return response;
    }
    return undefined;
  };
}

/** A query parameter's trimmed value; blank counts as absent (as for headers, D2). */
export function queryParam(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name)?.trim();
  return value === undefined || value === "" ? undefined : value;
}
