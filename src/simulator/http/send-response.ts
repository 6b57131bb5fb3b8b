// Writes a SimResponse: JSON bodies as application/json, strings as given (HTML gateway pages), none empty.
import type { ServerResponse } from "node:http";
import type { SimResponse } from "./route-types.js";

export function sendResponse(
  res: ServerResponse,
  response: SimResponse,
  extraHeaders: Record<string, string> = {},
): void {
  const headers: Record<string, string> = { ...extraHeaders, ...response.headers };
  const hasType = Object.keys(headers).some((name) => name.toLowerCase() === "content-type");
  let payload = "";
  if (typeof response.body === "string") {
    payload = response.body;
    if (!hasType) headers["Content-Type"] = "text/plain; charset=utf-8";
  } else if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    if (!hasType) headers["Content-Type"] = "application/json; charset=utf-8";
  }
  headers["Content-Length"] = String(Buffer.byteLength(payload));
  res.writeHead(response.status, headers);
  res.end(payload);
}
