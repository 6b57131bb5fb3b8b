// Connection settings come from the environment, and may also come from a config file named by --config
// (NAME=value lines, the same format `bulkport sandbox` prints). Never from argv: argv is visible to every user
// of the machine through `ps`.
import { readFileSync, statSync } from "node:fs";
import { ConfigError } from "../errors.js";

export const SETTING_NAMES = [
  "MOBPROC_BASE_URL",
  "MOBPROC_TOKEN_URL",
  "MOBPROC_TENANT",
  "MOBPROC_CLIENT_ID",
  "MOBPROC_CLIENT_SECRET",
  "MOBPROC_USERNAME",
  "MOBPROC_PASSWORD",
  "MOBPROC_ACCESS_TOKEN",
] as const;
type SettingName = (typeof SETTING_NAMES)[number];

// CONTRACT.md §2 and §3: the documented production hosts.
const DEFAULT_BASE_URL = "https://tngo-mobproc.cloudhub.io/mobproc/v1";
const DEFAULT_TOKEN_URL = "https://oauth.tangoe.com/as/token.oauth2";

export interface ConnectionSettings {
  baseUrl: string;
  tokenUrl: string;
  tenant: string;
  clientId: string;
  /** Password grant, or a bare access token (then nothing can be refreshed, CONTRACT.md §3). */
  auth:
    | { kind: "password"; clientSecret: string; username: string; password: string }
    | { kind: "token"; accessToken: string };
}

export interface LoadSettingsOptions {
  env: Record<string, string | undefined>;
  configFile?: string;
  /** Accept http:// URLs that are not loopback addresses. @default false */
  allowInsecureHttp?: boolean;
}

export function loadConnectionSettings(options: LoadSettingsOptions): ConnectionSettings {
  const fromFile = options.configFile ? readConfigFile(options.configFile) : {};
  const get = (name: SettingName): string | undefined => {
    const value = options.env[name] ?? fromFile[name];
    return value?.trim() ? value.trim() : undefined; // a blank value counts as not set
  };
  const missing: string[] = [];
  const need = (name: SettingName): string => {
    const value = get(name);
    if (value === undefined) missing.push(name);
    return value ?? "";
  };
  const baseUrl = get("MOBPROC_BASE_URL") ?? DEFAULT_BASE_URL;
  const tokenUrl = get("MOBPROC_TOKEN_URL") ?? DEFAULT_TOKEN_URL;
  const tenant = need("MOBPROC_TENANT");
  const clientId = need("MOBPROC_CLIENT_ID");
  const accessToken = get("MOBPROC_ACCESS_TOKEN");
  const auth: ConnectionSettings["auth"] = accessToken
    ? { kind: "token", accessToken }
    : {
        kind: "password",
        clientSecret: need("MOBPROC_CLIENT_SECRET"),
        username: need("MOBPROC_USERNAME"),
        password: need("MOBPROC_PASSWORD"),
      };
  if (missing.length > 0) {
    throw new ConfigError(
      `missing connection setting${missing.length > 1 ? "s" : ""} ${missing.join(", ")}: set ${
        missing.length > 1 ? "them" : "it"
      } in the environment or in the file given to --config (or use --sandbox)`,
    );
  }
  const allowInsecure = options.allowInsecureHttp ?? false;
  checkUrl("MOBPROC_BASE_URL", baseUrl, allowInsecure);
  checkUrl("MOBPROC_TOKEN_URL", tokenUrl, allowInsecure);
  return { baseUrl: baseUrl.replace(/\/+$/, ""), tokenUrl, tenant, clientId, auth };
}

function checkUrl(name: string, value: string, allowInsecure: boolean): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`Expected ${name} to be an absolute https:// URL, got "${value}"`);
  }
  if (url.protocol === "https:") return;
  if (url.protocol !== "http:") {
    throw new ConfigError(`Expected ${name} to be an https:// URL, got "${value}"`);
  }
  if (!allowInsecure && !isLoopback(url.hostname)) {
    throw new ConfigError(
      `${name} "${value}" uses plain http to a non-loopback host; credentials would cross the network unencrypted. Use https, or pass --allow-insecure-http`,
    );
  }
}

const isLoopback = (hostname: string): boolean =>
  hostname === "localhost" || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);

/** Reads NAME=value lines; refuses a file other users can read, since it holds secrets. */
function readConfigFile(file: string): Partial<Record<string, string>> {
  let text: string;
  try {
    const mode = statSync(file).mode;
    if ((mode & 0o077) !== 0) {
      throw new ConfigError(
        `${file}: the config file holds secrets but other users can read it (mode ${(mode & 0o777).toString(8)}); run chmod 600 ${file}`,
      );
    }
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${file}: cannot read the config file (${(error as Error).message})`, {
      cause: error,
    });
  }
  const values: Record<string, string> = {};
  const known = new Set<string>(SETTING_NAMES);
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const eq = line.indexOf("=");
    const name =
      eq > 0
        ? line
            .slice(0, eq)
            .trim()
            .replace(/^export\s+/, "")
        : "";
    if (!known.has(name)) {
      throw new ConfigError(
        `${file} (line ${index + 1}, column 1): expected NAME=value with NAME one of ${SETTING_NAMES.join(", ")}, got "${shownName(eq, name)}"`,
      );
    }
    values[name] = line
      .slice(eq + 1)
      .trim()
      .replace(/^(["'])(.*)\1$/, "$2");
  });
  return values;
}

/** Names the unknown setting, but never what might be a pasted secret (`abc...==` has an "=" too). */
const shownName = (eq: number, name: string): string =>
  eq <= 0 ? "a line without =" : /^MOBPROC_[A-Z0-9_]*$/.test(name) ? name : "a line that is not NAME=value";
