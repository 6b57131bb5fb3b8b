// A node:http server that misbehaves on purpose, for the answers a real API or a man in the middle could give
// and the simulator never does: bodies that are not JSON, bodies of the wrong shape, bodies beyond any sane size,
// bodies that drip in a byte at a time, and redirects. The token endpoint (/as/token.oauth2, CONTRACT.md F1)
// grants tokens unless a test scripts it too.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";

export interface Received {
  method: string;
  /** Below /mobproc/v1 for API calls; the full path for token calls. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Answers one request by writing to the response directly. */
export type Answer = (response: ServerResponse, request: Received) => void;

export interface HostileServer {
  origin: string;
  baseUrl: string;
  tokenUrl: string;
  api: Received[];
  token: Received[];
  close(): Promise<void>;
}

const API_BASE = "/mobproc/v1";
const TOKEN_PATH = "/as/token.oauth2";

/** A complete answer: status, headers and the whole body at once. */
export const send =
  (status: number, body: string | Buffer, headers: Record<string, string> = {}): Answer =>
  (response) => {
    response.writeHead(status, { "Content-Type": "application/json", ...headers });
    response.end(body);
  };

export const sendJson = (status: number, value: unknown): Answer => send(status, JSON.stringify(value));

/** Headers at once, then `chunk` every `everyMs` for as long as the client listens: the body never ends. */
export const drip =
  (opening: string, chunk: string, everyMs: number): Answer =>
  (response) => {
    response.writeHead(200, { "Content-Type": "application/json" });
    response.write(opening);
    const timer = setInterval(() => response.write(chunk), everyMs);
    response.on("close", () => clearInterval(timer));
  };

/** Headers announcing `length` bytes, then nothing at all. */
export const declareLength =
  (length: number): Answer =>
  (response) => {
    response.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(length) });
    response.flushHeaders();
  };

export const redirect =
  (status: 302 | 307 | 308, location: string): Answer =>
  (response) => {
    response.writeHead(status, { Location: location });
    response.end();
  };

export const grantToken: Answer = sendJson(200, {
  token_type: "Bearer",
  expires_in: 3600,
  access_token: "tok-1",
  refresh_token: "ref-1",
});

export async function startHostileServer(scripts: { api: Answer; token?: Answer }): Promise<HostileServer> {
  const api: Received[] = [];
  const token: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = request.url ?? "/";
      const isToken = url.startsWith(TOKEN_PATH);
      const received: Received = {
        method: request.method ?? "GET",
        path: isToken ? url : url.replace(API_BASE, ""),
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      (isToken ? token : api).push(received);
      (isToken ? (scripts.token ?? grantToken) : scripts.api)(response, received);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    baseUrl: origin + API_BASE,
    tokenUrl: origin + TOKEN_PATH,
    api,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Starts hostile servers in a test and closes them all after it (call at the top of a test file). */
export function useHostileServers(): (scripts: { api: Answer; token?: Answer }) => Promise<HostileServer> {
  const servers: HostileServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (scripts) => {
    const server = await startHostileServer(scripts);
    servers.push(server);
    return server;
  };
}
