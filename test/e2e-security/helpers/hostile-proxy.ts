// A man in the middle for whole-job tests: forwards every request to a simulator, except those a test answers
// itself, either instead of the simulator (the request never arrives) or after it (the simulator acted, then the
// answer was spoiled on the way back). Answers are those of test/security/helpers/hostile-server.ts.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { Answer, Received } from "../../security/helpers/hostile-server.js";

export type { Answer } from "../../security/helpers/hostile-server.js";

/** How to answer one request: not at all (forward it), instead of the simulator, or after it. */
export type Plan = undefined | { answer: Answer; forwardFirst?: boolean };

export interface HostileProxy {
  baseUrl: string;
  tokenUrl: string;
  /** The requests the proxy answered itself. */
  spoiled: Received[];
  close(): Promise<void>;
}

const API_BASE = "/mobproc/v1";
const HOP_BY_HOP = new Set(["host", "connection", "content-length", "transfer-encoding", "keep-alive"]);

const forwardHeaders = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers).flatMap(([name, value]) =>
      HOP_BY_HOP.has(name) || value === undefined ? [] : [[name, String(value)]],
    ),
  );

export async function startHostileProxy(
  targetOrigin: string,
  plan: (request: Received) => Plan,
): Promise<HostileProxy> {
  const spoiled: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = request.url ?? "/";
      const body = Buffer.concat(chunks);
      const received: Received = {
        method: request.method ?? "GET",
        path: url.replace(API_BASE, ""),
        headers: request.headers,
        body: body.toString("utf8"),
      };
      const chosen = plan(received);
      const forward = () =>
        fetch(targetOrigin + url, {
          method: received.method,
          headers: forwardHeaders(request.headers),
          ...(body.length > 0 ? { body } : {}),
        });
      const answer = async () => {
        if (chosen !== undefined) {
          if (chosen.forwardFirst) await (await forward()).arrayBuffer();
          spoiled.push(received);
          chosen.answer(response, received);
          return;
        }
        const upstream = await forward();
        const headers = Object.fromEntries(
          [...upstream.headers].filter(([name]) => !HOP_BY_HOP.has(name) && name !== "content-encoding"),
        );
        response.writeHead(upstream.status, headers);
        response.end(Buffer.from(await upstream.arrayBuffer()));
      };
      answer().catch(() => response.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: origin + API_BASE,
    tokenUrl: `${origin}/as/token.oauth2`,
    spoiled,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
