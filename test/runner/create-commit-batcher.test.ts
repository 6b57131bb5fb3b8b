import { describe, expect, it } from "vitest";
import { createCommitBatcher } from "../../src/runner/create-commit-batcher.js";

// A store stand-in that counts commits: the batcher's contract is about how writes are grouped, not about SQLite
// (the real store's savepoints are covered in test/state).
function countingStore(fail = false) {
  const commits: string[][] = [];
  let current: string[] | undefined;
  return {
    commits,
    record: (name: string) => current?.push(name),
    inOneCommit<T>(fn: () => T): T {
      current = [];
      try {
        const value = fn();
        if (fail) throw new Error("disk full");
        commits.push(current);
        return value;
      } finally {
        current = undefined;
      }
    },
  };
}

describe("createCommitBatcher", () => {
  it("writes everything asked for in one turn of the event loop in one commit, then resolves each", async () => {
    const store = countingStore();
    const batcher = createCommitBatcher(store);
    const results = await Promise.all(
      ["a", "b", "c"].map((name) => batcher.run(() => (store.record(name), name))),
    );
    expect(results).toEqual(["a", "b", "c"]);
    expect(store.commits).toEqual([["a", "b", "c"]]);
    await batcher.run(() => store.record("d"));
    expect(store.commits).toEqual([["a", "b", "c"], ["d"]]);
  });

  it("rejects only the write that threw; the others commit", async () => {
    const store = countingStore();
    const batcher = createCommitBatcher(store);
    const settled = await Promise.allSettled([
      batcher.run(() => store.record("a")),
      batcher.run(() => {
        throw new Error("refused");
      }),
      batcher.run(() => store.record("c")),
    ]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(store.commits).toEqual([["a", "c"]]);
  });

  it("rejects every write of the batch when the commit itself fails: none of them is durable", async () => {
    const store = countingStore(true);
    const batcher = createCommitBatcher(store);
    const settled = await Promise.allSettled([batcher.run(() => 1), batcher.run(() => 2)]);
    expect(settled).toEqual([
      { status: "rejected", reason: new Error("disk full") },
      { status: "rejected", reason: new Error("disk full") },
    ]);
  });
});
