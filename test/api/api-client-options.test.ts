import { describe, expect, it } from "vitest";
import { normalizeApiClientOptions, type ApiClientOptions } from "../../src/api/api-client-options.js";
import { ConfigError } from "../../src/errors.js";
import { createMemoryLogger } from "./helpers/memory-logger.js";

const limiter = {
  schedule: <T>(fn: () => Promise<T>) => fn(),
  pauseFor: () => undefined,
  onRateLimited: () => undefined,
  onSuccess: () => undefined,
};
const valid: ApiClientOptions = {
  baseUrl: "https://tngo-mobproc.cloudhub.io/mobproc/v1/",
  tokenUrl: "https://oauth.tangoe.com/as/token.oauth2",
  tenant: "ACME",
  clientId: "client-1",
  clientSecret: "s3cret",
  username: "command://svc",
  password: "pa55",
  runId: "run-1",
  limiter,
  logger: createMemoryLogger(),
};

describe("normalizeApiClientOptions", () => {
  it("fills the defaults and trims the base URL", () => {
    const normalized = normalizeApiClientOptions(valid);
    expect(normalized).toMatchObject({
      baseUrl: "https://tngo-mobproc.cloudhub.io/mobproc/v1",
      credentials: {
        kind: "password",
        tokenUrl: "https://oauth.tangoe.com/as/token.oauth2",
        clientSecret: "s3cret",
        username: "command://svc",
        password: "pa55",
      },
      timeoutMs: 30_000,
      maxAttempts: 5,
    });
  });

  it("uses bare-token mode when an access token is given, without needing the grant's settings", () => {
    const { tokenUrl: _t, clientSecret: _c, username: _u, password: _p, ...rest } = valid;
    expect(normalizeApiClientOptions({ ...rest, accessToken: " abc " }).credentials).toEqual({
      kind: "bare",
      accessToken: "abc",
    });
  });

  it.each<[string, Partial<Record<keyof ApiClientOptions, unknown>>, string]>([
    ["a bad base URL", { baseUrl: "ftp://x" }, 'Expected `baseUrl` to be an http(s) URL, got "ftp://x"'],
    ["a blank tenant", { tenant: " " }, 'Expected `tenant` to be a non-blank string, got " "'],
    ["no client id", { clientId: undefined }, "Expected `clientId` to be a non-blank string, got undefined"],
    ["a zero timeout", { timeoutMs: 0 }, "Expected `timeoutMs` to be a number > 0, got 0"],
    ["fractional attempts", { maxAttempts: 1.5 }, "Expected `maxAttempts` to be an integer >= 1, got 1.5"],
    [
      "no username",
      { username: "" },
      'Expected `username` to be a non-blank string (or `accessToken` to be set), got ""',
    ],
    [
      "a missing secret (never echoed)",
      { clientSecret: " " },
      'Expected `clientSecret` to be a non-blank string (or `accessToken` to be set), got "***"',
    ],
    [
      "two problems at once",
      { runId: "", tokenUrl: "oauth" },
      'Expected `runId` to be a non-blank string, got ""\nExpected `tokenUrl` to be an http(s) URL (or `accessToken` to be set), got "oauth"',
    ],
  ])("rejects %s", (_name, override, message) => {
    const options = { ...valid, ...override } as ApiClientOptions;
    const normalize = () => normalizeApiClientOptions(options);
    expect(normalize).toThrow(ConfigError);
    expect(normalize).toThrow(new ConfigError(message)); // the exact message
  });
});
