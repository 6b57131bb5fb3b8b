// Where secrets may come from and where they may go (issue 8): the environment or a config file other users
// cannot read, never echoed back in a message; and no credential sent over plain http except to this machine.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConnectionSettings } from "../../src/cli/load-connection-settings.js";

const ENV = {
  MOBPROC_TENANT: "ACME",
  MOBPROC_CLIENT_ID: "bulkport",
  MOBPROC_CLIENT_SECRET: "env-secret-Q7",
  MOBPROC_USERNAME: "svc",
  MOBPROC_PASSWORD: "env-password-Q7",
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "bulkport-settings-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const configFile = (text: string, mode: number): string => {
  const file = path.join(dir, "mobproc.env");
  writeFileSync(file, text);
  chmodSync(file, mode);
  return file;
};

const attempt = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
};

describe("plain http", () => {
  it.each([
    ["MOBPROC_BASE_URL", "http://mobproc.example.com/mobproc/v1"],
    ["MOBPROC_TOKEN_URL", "http://oauth.example.com/as/token.oauth2"],
    // Hosts that only look like this machine.
    ["MOBPROC_BASE_URL", "http://127.0.0.1.example.com/mobproc/v1"],
    ["MOBPROC_BASE_URL", "http://localhost.example.com/mobproc/v1"],
    ["MOBPROC_TOKEN_URL", "http://0.0.0.0:8080/as/token.oauth2"],
  ])("refuses %s %s", (name, url) => {
    expect(attempt(() => loadConnectionSettings({ env: { ...ENV, [name]: url } }))).toBe(
      `${name} "${url}" uses plain http to a non-loopback host; credentials would cross the network unencrypted. Use https, or pass --allow-insecure-http`,
    );
  });

  it.each([
    "http://127.0.0.1:4010/mobproc/v1",
    "http://127.8.9.10/mobproc/v1",
    "http://localhost:4010/mobproc/v1",
    "HTTP://LOCALHOST:4010/mobproc/v1",
    "http://[::1]:4010/mobproc/v1",
    "https://mobproc.example.com/mobproc/v1",
  ])("accepts %s", (url) => {
    const settings = loadConnectionSettings({
      env: { ...ENV, MOBPROC_BASE_URL: url, MOBPROC_TOKEN_URL: url },
    });
    expect(new URL(settings.baseUrl).href).toBe(new URL(url).href.replace(/\/$/, ""));
  });

  it("accepts any http host with --allow-insecure-http", () => {
    const url = "http://mobproc.example.com/mobproc/v1";
    const env = { ...ENV, MOBPROC_BASE_URL: url, MOBPROC_TOKEN_URL: url };
    expect(loadConnectionSettings({ env, allowInsecureHttp: true }).baseUrl).toBe(url);
  });

  it.each(["ftp://mobproc.example.com/v1", "file:///etc/passwd"])("refuses %s", (url) => {
    expect(attempt(() => loadConnectionSettings({ env: { ...ENV, MOBPROC_BASE_URL: url } }))).toBe(
      `Expected MOBPROC_BASE_URL to be an https:// URL, got "${url}"`,
    );
  });
});

describe("the config file", () => {
  const text =
    "MOBPROC_TENANT=ACME\nMOBPROC_CLIENT_ID=bulkport\nMOBPROC_USERNAME=svc\n" +
    "MOBPROC_CLIENT_SECRET=file-secret-Q7\nMOBPROC_PASSWORD='file-password-Q7'\n";

  it.each(["644", "640", "604", "660"])("refuses mode %s, saying chmod 600", (mode) => {
    const file = configFile(text, parseInt(mode, 8));
    expect(attempt(() => loadConnectionSettings({ env: {}, configFile: file }))).toBe(
      `${file}: the config file holds secrets but other users can read it (mode ${mode}); run chmod 600 ${file}`,
    );
  });

  it.each(["600", "400"])("accepts mode %s", (mode) => {
    const file = configFile(text, parseInt(mode, 8));
    expect(loadConnectionSettings({ env: {}, configFile: file }).auth).toEqual({
      kind: "password",
      clientSecret: "file-secret-Q7",
      username: "svc",
      password: "file-password-Q7",
    });
  });

  it("loses to the environment", () => {
    const file = configFile(text, 0o600);
    expect(loadConnectionSettings({ env: ENV, configFile: file }).auth).toMatchObject({
      clientSecret: "env-secret-Q7",
      password: "env-password-Q7",
    });
  });

  it.each([
    ["a misspelt name", "MOBPROC_PASSWRD=file-password-Q7", "MOBPROC_PASSWRD"],
    ["a line without =", "file-password-Q7", "a line without ="],
    [
      "a value pasted alone, with base64 padding",
      "ZmlsZS1wYXNzd29yZC1RNw==",
      "a line that is not NAME=value",
    ],
  ])("names the line of %s without echoing its value", (_name, line, shown) => {
    const file = configFile(`MOBPROC_TENANT=ACME\n${line}\n`, 0o600);
    const message = attempt(() => loadConnectionSettings({ env: {}, configFile: file }));
    expect(message).toContain(`${file} (line 2, column 1): expected NAME=value`);
    expect(message).toContain(`got "${shown}"`);
    expect(message).not.toContain("file-password-Q7");
    expect(message).not.toContain("ZmlsZS1wYXNzd29yZC1RNw");
  });
});
