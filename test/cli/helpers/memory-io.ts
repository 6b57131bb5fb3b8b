// A CliIo for in-process main() calls: stdout and stderr kept as text, an environment of the test's choosing
// (never the machine's), and a working directory.
import { Writable } from "node:stream";
import type { CliIo } from "../../../src/cli/cli-io.js";

export interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

function memoryStream(): { stream: Writable; text: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      text += chunk.toString();
      callback();
    },
  });
  return { stream, text: () => text };
}

export function createMemoryIo(options: { cwd: string; env?: Record<string, string | undefined> }): MemoryIo {
  const stdout = memoryStream();
  const stderr = memoryStream();
  return {
    env: options.env ?? {},
    cwd: options.cwd,
    stdout: stdout.stream,
    stderr: stderr.stream,
    out: stdout.text,
    err: stderr.text,
  };
}
