// What a streamed sheet shows at the end is replayed in order, from memory or, beyond the budget, from a private
// temp file that is gone once replayed (or stopped).
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRowSpill } from "../../src/input/spill-rows.js";

let directory = "";
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "bulkport-spill-test-"));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

const items = Array.from({ length: 500 }, (_, index) => ({
  index,
  problems: [{ code: "STATE_UNKNOWN", message: `line ${index}: "PN"\nis\u2028not a state` }],
}));

const readAll = async <T>(replay: AsyncGenerator<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of replay) all.push(item);
  return all;
};

describe("createRowSpill", () => {
  it("replays what fits its budget from memory, writing no file", async () => {
    const spill = createRowSpill<(typeof items)[number]>({ directory });
    items.forEach((item) => spill.push(item));

    expect(spill.spilled).toBe(false);
    expect(await readAll(spill.replay())).toEqual(items);
    expect(await readdir(directory)).toEqual([]);
  });

  it("beyond its budget, keeps the items in a private file, replays them in order and removes the file", async () => {
    const spill = createRowSpill<(typeof items)[number]>({ directory, memoryChars: 1000 });
    items.forEach((item) => spill.push(item));

    expect(spill.spilled).toBe(true);
    const [folder] = await readdir(directory);
    const folderPath = path.join(directory, folder ?? "");
    expect((await stat(folderPath)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(folderPath, "rows.jsonl"))).mode & 0o777).toBe(0o600);
    expect(await readAll(spill.replay())).toEqual(items);
    expect(await readdir(directory)).toEqual([]);
  });

  it("removes the file when the replay is stopped early, and replays only once", async () => {
    const spill = createRowSpill<(typeof items)[number]>({ directory, memoryChars: 0 });
    items.forEach((item) => spill.push(item));
    const replay = spill.replay();

    expect((await replay.next()).value).toEqual(items[0]);
    await replay.return(undefined);
    expect(await readdir(directory)).toEqual([]);
    await expect(spill.replay().next()).rejects.toThrow("RowSpill.replay() can be read only once");
    spill.dispose();
  });

  it("removes the file on dispose without a replay", async () => {
    const spill = createRowSpill<number>({ directory, memoryChars: 0 });
    spill.push(1);
    expect(await readdir(directory)).toHaveLength(1);
    spill.dispose();
    spill.dispose();
    expect(await readdir(directory)).toEqual([]);
  });

  it("refuses a budget that is not a whole number", () => {
    expect(() => createRowSpill({ memoryChars: -1 })).toThrow(
      "Expected `memoryChars` to be an integer >= 0, got -1",
    );
  });
});
