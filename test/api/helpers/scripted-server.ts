// A tiny real HTTP server that answers scripted replies, for the cases the simulator cannot produce
// (`Retry-After: soon`, a far HTTP-date, a slow body, HTML from a gateway, a dropped connection). The API lives
// under /mobproc/v1 and the token endpoint at /as/token.oauth2, as in the simulator (CONTRACT.md F1).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import { afterEach } from "vitest";
import type { AddressInfo } from "node:net";

export interface Reply {
  /** @default 200 */
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
  /** Wait before sending anything. */
  delayMs?: number;
  /** Send the status and headers, then wait this long before the body. */
  bodyDelayMs?: number;
  /** Destroy the connection without answering. */
  drop?: boolean;
  /** Write the answer by hand (bodies that never end, lengths that lie); the fields above are then ignored. */
  write?: (response: ServerResponse) => void;
}

export interface Recorded {
  method: string;
  /** Below /mobproc/v1 for API calls, e.g. "/orders?confirm=true"; the full path for token calls. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Script = (request: Recorded, index: number) => Reply;

export interface ScriptedServer {
  origin: string;
  baseUrl: string;
  tokenUrl: string;
  api: Recorded[];
  token: Recorded[];
  close(): Promise<void>;
}

const API_BASE = "/mobproc/v1";
const TOKEN_PATH = "/as/token.oauth2";

/** Replies in order; the last one repeats. */
export const inOrder =
  (...replies: Reply[]): Script =>
  (_request, index) =>
    replies[Math.min(index, replies.length - 1)] ?? { status: 500 };

/** A token endpoint that grants tok-1, tok-2, … with refresh tokens ref-1, ref-2, … */
export const grantTokens =
  (expiresIn = 3600): Script =>
  (_request, index) => ({
    json: {
      token_type: "Bearer",
      expires_in: expiresIn,
      access_token: `tok-${index + 1}`,
      refresh_token: `ref-${index + 1}`,
    },
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answer(response: ServerResponse, reply: Reply): Promise<void> {
  if (reply.delayMs) await sleep(reply.delayMs);
  if (reply.drop) {
    response.socket?.destroy();
    return;
  }
  if (reply.write) {
    reply.write(response);
    return;
  }
  const body = reply.json === undefined ? (reply.text ?? "") : JSON.stringify(reply.json);
  const type = reply.json === undefined ? "text/html" : "application/json";
  response.writeHead(reply.status ?? 200, { "Content-Type": type, ...reply.headers });
  if (reply.bodyDelayMs) {
    response.flushHeaders();
    await sleep(reply.bodyDelayMs);
  }
  if (!response.destroyed) response.end(body);
}

export async function startScriptedServer(scripts: { api: Script; token?: Script }): Promise<ScriptedServer> {
  const api: Recorded[] = [];
  const token: Recorded[] = [];
  const tokenScript = scripts.token ?? grantTokens();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = request.url ?? "/";
      const isToken = url.startsWith(TOKEN_PATH);
      const recorded: Recorded = {
        method: request.method ?? "GET",
        path: isToken ? url : url.replace(API_BASE, ""),
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      const list = isToken ? token : api;
      list.push(recorded);
      const reply = (isToken ? tokenScript : scripts.api)(recorded, list.length - 1);
      answer(response, reply).catch(() => response.destroy());
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

/** Starts a scripted server per test and closes it after each one (call at the top of a test file). */
export function useScriptedServer(): (api: Script, token?: Script) => Promise<ScriptedServer> {
  let server: ScriptedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (api, token) =>
    (server = await startScriptedServer(token === undefined ? { api } : { api, token }));
}

/** The documented flat error body (CONTRACT.md §5) with its status. */
export const flatError = (status: number, errorCode: string, message: string): Reply => ({
  status,
  json: { status, errorCode, id: "abcde", message },
});
