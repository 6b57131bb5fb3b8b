// The tenant a state file belongs to, read without writing: commands that only read the store (`bulkport
// report`) learn the tenant from the file itself instead of asking for connection settings.
import Database from "better-sqlite3";
import { ConfigError } from "../errors.js";

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Throws ConfigError when the file is not a bulkport state file or has no tenant recorded. */
export const readStateTenant = (file: string): string => {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const tenant = db.prepare<[], string>("SELECT value FROM meta WHERE key = 'tenant'").pluck().get();
    if (tenant === undefined) throw new ConfigError(`The state file ${file} has no tenant recorded`);
    return tenant;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`The state file ${file} cannot be read: ${describe(error)}`, { cause: error });
  } finally {
    db?.close();
  }
};
