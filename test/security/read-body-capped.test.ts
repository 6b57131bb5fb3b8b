// readBodyCapped: the body read chunk by chunk, decoded as response.text() would, and abandoned past the cap.
import { describe, expect, it } from "vitest";
import { readBodyCapped } from "../../src/api/run-attempt.js";

/** A Response whose body arrives in exactly these chunks; `cancelled` says whether the reader gave up on it. */
function chunked(chunks: number[][], headers: Record<string, string> = {}) {
  const state = { cancelled: false, pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[state.pulled];
      state.pulled += 1;
      if (next === undefined) controller.close();
      else controller.enqueue(Uint8Array.from(next));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { response: new Response(stream, { headers }), state };
}

const bytes = (text: string): number[] => [...Buffer.from(text, "utf8")];

describe("readBodyCapped", () => {
  it("decodes a character split across chunks, and drops a leading byte order mark like text()", async () => {
    const all = [0xef, 0xbb, 0xbf, ...bytes('{"name":"Amélie"}')];
    const cut = all.indexOf(0xc3) + 1; // between the two bytes of "é"
    const { response } = chunked([all.slice(0, cut), all.slice(cut)]);
    await expect(readBodyCapped(response, 1000)).resolves.toBe('{"name":"Amélie"}');
  });

  it.each<[string, number[][], number, string | undefined]>([
    ["no body at all", [], 0, ""],
    ["exactly the cap", [bytes("12345"), bytes("67890")], 10, "1234567890"],
    ["one byte over the cap", [bytes("12345"), bytes("678901")], 10, undefined],
  ])("%s", async (_name, chunks, limit, expected) => {
    const { response } = chunked(chunks);
    await expect(readBodyCapped(response, limit)).resolves.toBe(expected);
  });

  it("cancels the stream at the chunk that passes the cap", async () => {
    const { response, state } = chunked([bytes("12345"), bytes("678901"), bytes("never read")]);
    await expect(readBodyCapped(response, 10)).resolves.toBeUndefined();
    expect(state.cancelled).toBe(true);
  });

  it("refuses a declared Content-Length over the cap before reading anything", async () => {
    const { response, state } = chunked([bytes("12345")], { "Content-Length": "11" });
    await expect(readBodyCapped(response, 10)).resolves.toBeUndefined();
    expect(state.cancelled).toBe(true);
  });

  it("ignores a Content-Length that is not a number and counts the bytes instead", async () => {
    const { response } = chunked([bytes("12345")], { "Content-Length": "lots" });
    await expect(readBodyCapped(response, 10)).resolves.toBe("12345");
  });
});
