// Small fetch helpers for simulator tests: a password-grant token and API calls with the §4 headers.
import type { RunningSimulator, SimulatorCredentials } from "../../../src/simulator/start-simulator.js";

export interface JsonAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export async function postForm(url: string, form: Record<string, string>): Promise<JsonAnswer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form),
  });
  return { status: response.status, headers: response.headers, body: await readBody(response) };
}

export function passwordForm(credentials: SimulatorCredentials): Record<string, string> {
  return {
    grant_type: "password",
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    scope: "MOBPROC",
    username: credentials.username,
    password: credentials.password,
  };
}

export async function getToken(sim: RunningSimulator, credentials = sim.credentials): Promise<string> {
  const answer = await postForm(sim.tokenUrl, passwordForm(credentials));
  if (answer.status !== 200)
    throw new Error(`token request failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { access_token: string }).access_token;
}

export function apiHeaders(
  token: string,
  credentials: SimulatorCredentials,
  extra: Record<string, string> = {},
) {
  return {
    authorization: `Bearer ${token}`,
    client_id: credentials.clientId,
    "x-tngo-tenant": credentials.tenant,
    ...extra,
  };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** An API call below the base URL, e.g. `call(sim, token, "GET", "/regions")`. */
export async function call(
  sim: RunningSimulator,
  token: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown; credentials?: SimulatorCredentials } = {},
): Promise<JsonAnswer> {
  const credentials = options.credentials ?? sim.credentials;
  const headers: Record<string, string> = apiHeaders(token, credentials, options.headers);
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) {
    init.body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await fetch(`${sim.baseUrl}${path}`, init);
  return { status: response.status, headers: response.headers, body: await readBody(response) };
}
