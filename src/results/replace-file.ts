// What every atomic file replacement shares (the results CSV, the rewritten results of `status`, the report): a
// temp file beside the target, mode 0600 (these files name people and numbers), and a directory fsync after the
// rename, so a crash leaves the previous version or the new one, never a truncated file.
import { randomBytes } from "node:crypto";
import { open } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export const PRIVATE_FILE_MODE = 0o600;

/** `.<name>.<pid>.<hex>.tmp` beside the target; removeStaleTempFiles recognises it by that shape. */
export const tempPathFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);

/** The rename is durable once the directory is synced. Some platforms cannot open or sync a directory (EISDIR,
 *  EPERM, EINVAL): there the rename is as durable as the OS makes it. */
export const syncDirectory = async (directory: string): Promise<void> => {
  let handle;
  try {
    handle = await open(directory, "r");
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EISDIR" && code !== "EPERM" && code !== "EINVAL") throw error;
  } finally {
    await handle?.close();
  }
};
