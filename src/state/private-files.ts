// The state file and its lock say which numbers a company is porting and to whom: owner-only permissions.
// Modes are set with chmod after creation because the process umask may have narrowed or widened them.
import fs from "node:fs";
import path from "node:path";

export const PRIVATE_DIRECTORY_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates `directory` (and missing parents) with mode 0700. Only directories created here are chmodded: an
 * existing directory (say, the working directory under `--state ./x.sqlite`) belongs to the user.
 */
export const ensurePrivateDirectory = (directory: string): void => {
  const firstCreated = fs.mkdirSync(directory, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
  if (firstCreated === undefined) return;
  for (let current = path.resolve(directory); ; current = path.dirname(current)) {
    fs.chmodSync(current, PRIVATE_DIRECTORY_MODE);
    if (current === path.resolve(firstCreated) || current === path.dirname(current)) break;
  }
};

/** Creates `file` empty with mode 0600 if missing (never truncates), then sets 0600 either way. */
export const ensurePrivateFile = (file: string): void => {
  fs.closeSync(fs.openSync(file, "a", PRIVATE_FILE_MODE));
  fs.chmodSync(file, PRIVATE_FILE_MODE);
};

/** Sets 0600 on each file that exists (SQLite's -wal and -shm appear only once the database is used). */
export const tightenFileModes = (files: readonly string[]): void => {
  for (const file of files) {
    try {
      fs.chmodSync(file, PRIVATE_FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
};
