// Crash points for the exactly-once tests (CONTRACT.md §11.3): with BULKPORT_FAILPOINT set to a name, the process
// dies by SIGKILL at that point, as a power cut would, with no exit handlers, no flush, no finally blocks.

export const FAILPOINT_NAMES = [
  "after-submit-started", // "submit started" is committed, the POST is not sent
  "after-submit-sent", // the POST is sent, its answer not read
  "after-submit-answer", // the answer is read, the outcome not committed
  "mid-results-write", // the results file is half written
] as const;

export type FailpointName = (typeof FAILPOINT_NAMES)[number];

export const FAILPOINT_ENV = "BULKPORT_FAILPOINT";

export const isFailpointName = (value: string): value is FailpointName =>
  (FAILPOINT_NAMES as readonly string[]).includes(value);

const killSelf = (): void => {
  process.kill(process.pid, "SIGKILL");
  // SIGKILL cannot be caught, but the kernel may deliver it a moment after kill() returns: block until it lands
  // so not one more line of the caller runs.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
};

/**
 * A failpoint function armed from `env` once, now. A value that is not a failpoint name arms nothing (the CLI may
 * warn about it with `isFailpointName`). `kill` is injectable for tests that must not die.
 */
export const createFailpoint = (
  env: NodeJS.ProcessEnv,
  kill: (name: FailpointName) => void = killSelf,
): ((name: FailpointName) => void) => {
  const armed = env[FAILPOINT_ENV];
  return (name) => {
    if (name === armed) kill(name);
  };
};

/** The process-wide failpoint, armed from the environment when this module loads. */
export const failpoint: (name: FailpointName) => void = createFailpoint(process.env);
