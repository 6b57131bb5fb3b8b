// Where the state file lives when the CLI's `--state` flag is not given: one file per tenant, in the user's
// XDG state directory (state, not cache: losing it loses the record of submitted orders).
import os from "node:os";
import path from "node:path";
import { ConfigError } from "../errors.js";

/** The tenant as a file name: every character outside [A-Za-z0-9_-] becomes "_" (no "/", no ".."). */
export const sanitiseTenant = (tenant: string): string => {
  if (tenant.trim() === "")
    throw new ConfigError(`Expected a tenant to name the state file, got ${JSON.stringify(tenant)}`);
  return tenant.replace(/[^A-Za-z0-9_-]/g, "_");
};

/**
 * `$BULKPORT_STATE` if set, else `$XDG_STATE_HOME/bulkport/<tenant>.sqlite`, else
 * `~/.local/state/bulkport/<tenant>.sqlite`. Blank variables count as unset; a relative `XDG_STATE_HOME` is
 * ignored, as the XDG Base Directory specification requires.
 */
export const defaultStatePath = (tenant: string, env: NodeJS.ProcessEnv): string => {
  const explicit = env.BULKPORT_STATE?.trim();
  if (explicit) return explicit;
  const fileName = `${sanitiseTenant(tenant)}.sqlite`;
  const xdg = env.XDG_STATE_HOME?.trim();
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, "bulkport", fileName);
  const home = env.HOME?.trim() || os.homedir();
  return path.join(home, ".local", "state", "bulkport", fileName);
};
