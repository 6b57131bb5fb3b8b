// The root logger's redaction (issue 8, STYLE.md rule 8): credentials, tokens and PINs are never shown, at any
// level, in plain objects, request headers, error objects and child bindings; carrier account numbers show their
// last 4 characters only.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, LOG_LEVELS } from "../../src/logging/create-logger.js";

function capture(pretty = false) {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  const logger = createLogger({ level: "trace", destination, pretty });
  return { logger, text: () => chunks.join(""), lines: () => chunks.join("").trim().split("\n") };
}

const SECRET = "S3cr3t-Zq81";
const ACCOUNT = "ACCT-77Q9-4821";

// [what is logged, the path to where the secret was]
const HIDDEN: [string, Record<string, unknown>][] = [
  ["authorization", { authorization: `Bearer ${SECRET}` }],
  ["Authorization", { Authorization: `Bearer ${SECRET}` }],
  ["headers.authorization", { headers: { authorization: `Bearer ${SECRET}` } }],
  ["request.headers.Authorization", { request: { headers: { Authorization: `Bearer ${SECRET}` } } }],
  ["accessToken", { accessToken: SECRET }],
  ["access_token", { body: { access_token: SECRET } }],
  ["refreshToken", { held: { refreshToken: SECRET } }],
  ["refresh_token", { refresh_token: SECRET }],
  ["clientSecret", { credentials: { clientSecret: SECRET } }],
  ["client_secret", { form: { client_secret: SECRET } }],
  ["password", { password: SECRET }],
  ["settings.auth.password", { settings: { auth: { password: SECRET } } }],
  ["pin", { row: { pin: SECRET } }],
  ["PIN_PASSWORD", { properties: { PIN_PASSWORD: SECRET } }],
];

describe("createLogger redaction", () => {
  it.each(HIDDEN)("never shows %s, at any level", (_path, fields) => {
    const { logger, lines } = capture();
    for (const level of LOG_LEVELS.filter((l) => l !== "silent")) logger[level](fields, `at ${level}`);
    expect(lines()).toHaveLength(6);
    for (const line of lines()) {
      expect(line).not.toContain(SECRET);
      expect(line).toContain("[Redacted]");
    }
  });

  it.each([
    ["carrier_account_number", { row: { carrier_account_number: ACCOUNT } }],
    ["carrierAccountNumber", { carrierAccountNumber: ACCOUNT }],
    ["CARRIER_ACCT_NUMBER", { properties: { CARRIER_ACCT_NUMBER: ACCOUNT } }],
  ])("shows %s by its last 4 characters only", (_path, fields) => {
    const { logger, text } = capture();
    logger.debug(fields, "row");
    expect(text()).not.toContain(ACCOUNT);
    expect(text()).toContain(`"**********4821"`);
  });

  it("redacts an error's own fields in error logs", () => {
    const { logger, text } = capture();
    const error = Object.assign(new Error("the token endpoint refused the grant"), { password: SECRET });
    logger.error({ err: error, clientSecret: SECRET }, "run failed");
    expect(JSON.parse(text())).toMatchObject({
      level: 50,
      err: { message: "the token endpoint refused the grant", password: "[Redacted]" },
      clientSecret: "[Redacted]",
    });
  });

  it("redacts child bindings", () => {
    const { logger, text } = capture();
    logger.child({ password: SECRET, pin: SECRET }).debug({ row: 2 }, "confirming");
    expect(text()).not.toContain(SECRET);
  });

  it("redacts in the human-readable form used on a terminal", () => {
    const { logger, text } = capture(true);
    logger.debug({ headers: { authorization: `Bearer ${SECRET}` }, pin: SECRET }, "mobproc call");
    logger.info({ carrier_account_number: ACCOUNT }, "row");
    expect(text()).toContain("mobproc call");
    expect(text()).not.toContain(SECRET);
    expect(text()).not.toContain(ACCOUNT);
    expect(text()).toContain("**********4821");
  });

  it("scrubs a bearer token and the password grant's fields from any string, without touching the caller's object", () => {
    const { logger, text } = capture();
    const fields = {
      status: 502,
      body: `<pre>Authorization: Bearer ${SECRET}.x_y-z==\ngrant_type=password&password=${SECRET}&client_secret=${SECRET}</pre>`,
      echoes: [{ seen: `access_token=${SECRET}` }],
    };
    const before = JSON.stringify(fields);
    logger.warn(fields, "mobproc body is not JSON");
    expect(text()).not.toContain(SECRET);
    expect(JSON.parse(text())).toMatchObject({
      body: "<pre>Authorization: Bearer [Redacted]\ngrant_type=password&password=[Redacted]&client_secret=[Redacted]</pre>",
      echoes: [{ seen: "access_token=[Redacted]" }],
    });
    expect(JSON.stringify(fields)).toBe(before);
  });

  it("keeps every other field as it is", () => {
    const { logger, text } = capture();
    logger.debug({ method: "POST", path: "/orders", status: 200, row: { line: 7 } }, "mobproc call");
    expect(JSON.parse(text())).toMatchObject({
      level: 20,
      method: "POST",
      path: "/orders",
      status: 200,
      row: { line: 7 },
      msg: "mobproc call",
    });
  });
});
