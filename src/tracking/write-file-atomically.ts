// Replaces a file atomically, as src/results/write-results.ts does for the results CSV: a temp file in the same
// directory (mode 0600: these files name people and numbers), fsync, rename over the target, fsync the
// directory. A crash leaves the previous version or the new one, never a truncated file.
import { randomBytes } from "node:crypto";
import { chmod, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const FILE_MODE = 0o600;

/** Some platforms cannot open or sync a directory (EISDIR, EPERM, EINVAL): the rename is then as durable as it gets. */
const syncDirectory = async (directory: string): Promise<void> => {
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

export const writeFileAtomically = async (path: string, content: string): Promise<void> => {
  const directory = dirname(path);
  const temp = join(directory, `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    // "wx": never follow or reuse an existing file.
    const handle = await open(temp, "wx", FILE_MODE);
    try {
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, FILE_MODE); // the umask may have removed bits, never added; this makes 0600 explicit
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
};
