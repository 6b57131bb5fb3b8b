// A node:http server that misbehaves on purpose, for the answers a real API or a man in the middle could give
// and the simulator never does: bodies that are not JSON, bodies of the wrong shape, bodies beyond any sane size,
// bodies that drip in a byte at a time, and redirects. The token endpoint (/as/token.oauth2, CONTRACT.md F1)
// grants tokens unless a test scripts it too.
import type { ServerResponse } from "node:http";
import { afterEach } from "vitest";
import {
  startScriptedServer,
  type Recorded,
  type Script,
  type ScriptedServer,
} from "../../api/helpers/scripted-server.js";

/** What the server received: the same record as the scripted server's. */
export type Received = Recorded;

/** Answers one request by writing to the response directly. */
export type Answer = (response: ServerResponse, request: Received) => void;

export type HostileServer = ScriptedServer;

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

/** The scripted server's skeleton (recording, token and API paths), answering with hand-written responses. */
export function startHostileServer(scripts: { api: Answer; token?: Answer }): Promise<HostileServer> {
  const asReply =
    (answer: Answer): Script =>
    (request) => ({ write: (response) => answer(response, request) });
  return startScriptedServer({ api: asReply(scripts.api), token: asReply(scripts.token ?? grantToken) });
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
