// Group commit for the submit journal. Each "submit started" record must be fsynced before its POST (CONTRACT.md
// §11.3 step 1), and an fsync costs milliseconds on the event loop: one per record caps a run at a few hundred
// rows per second. Records asked for in the same turn of the event loop are written in one commit instead; each
// caller's promise resolves only once that commit is durable.
import type { StateStore } from "../state/create-state-store.js";

export interface CommitBatcher {
  /** Runs `write` inside the next group commit; resolves with its result after the commit, or rejects. */
  run<T>(write: () => T): Promise<T>;
}

interface Pending {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export function createCommitBatcher(store: Pick<StateStore, "inOneCommit">): CommitBatcher {
  let queue: Pending[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    const results: (() => void)[] = [];
    try {
      store.inOneCommit(() => {
        for (const pending of batch) {
          try {
            const value = pending.write();
            results.push(() => pending.resolve(value));
          } catch (error) {
            results.push(() => pending.reject(error));
          }
        }
      });
    } catch (error) {
      // The commit itself failed: nothing of the batch is durable.
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const settle of results) settle();
  };
  return {
    run<T>(write: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
      });
    },
  };
}
