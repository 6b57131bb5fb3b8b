// What a command may touch of the outside world. bin.ts passes the real process; tests pass their own.
export interface CliIo {
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Aborted on SIGINT/SIGTERM: the run stops new requests, finishes those in flight and writes its results. */
  signal?: AbortSignal;
}
