// Replaces a file atomically, as src/results/write-results.ts does for the results CSV: a temp file in the same
// directory (mode 0600: these files name people and numbers), fsync, rename over the target, fsync the
// directory. A crash leaves the previous version or the new one, never a truncated file.
import { chmod, open, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { PRIVATE_FILE_MODE as FILE_MODE, syncDirectory, tempPathFor } from "../results/replace-file.js";

export const writeFileAtomically = async (path: string, content: string): Promise<void> => {
  const directory = dirname(path);
  const temp = tempPathFor(path);
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
