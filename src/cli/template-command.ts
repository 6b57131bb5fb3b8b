// `bulkport template`: the canonical header and one example line, to start a sheet from.
import { templateCsv } from "../input/template-csv.js";
import type { CliIo } from "./cli-io.js";
import { EXIT } from "./exit-codes.js";

export function templateCommand(io: CliIo): Promise<number> {
  io.stdout.write(templateCsv());
  return Promise.resolve(EXIT.OK);
}
