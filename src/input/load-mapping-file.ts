// Reads a mapping file (`--mapping map.json`) and checks it against the sheet's header (check-mapping.ts).
import { readFile } from "node:fs/promises";
import { ConfigError } from "../errors.js";
import { checkMapping, type MappingSpec } from "./check-mapping.js";

/** The checked mapping in `file`; a missing, unreadable or invalid file is a ConfigError naming it. */
export async function loadMappingFile(file: string, header: readonly string[]): Promise<MappingSpec> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason =
      code === "ENOENT" ? "file not found" : error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${file}: cannot read the mapping file (${reason})`, { cause: error });
  }
  return checkMapping(text, file, header);
}
