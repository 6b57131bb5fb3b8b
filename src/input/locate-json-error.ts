// Where a JSON text first breaks the grammar (RFC 8259), as line and column for a mapping-file message. V8's
// JSON.parse messages give a position for some errors only ("Unexpected token 'P', ..." has none).

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at offset ${offset}`);
  }
}

/** 0-based offset of the first syntax error in `text`, or undefined when the text is valid JSON. */
export function findJsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    throw new SyntaxAt(at);
  };
  const space = (): void => {
    while (at < text.length && " \t\n\r".includes(text.charAt(at))) at += 1;
  };
  const expect = (char: string): void => {
    if (text.charAt(at) !== char) fail();
    at += 1;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      if (at >= text.length) fail();
      const char = text.charAt(at);
      if (char === '"') break;
      if (char.charCodeAt(0) < 0x20) fail();
      if (char === "\\") {
        at += 1;
        if (text.charAt(at) === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail();
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text.charAt(at)) || at >= text.length) fail();
      }
      at += 1;
    }
    at += 1;
  };
  const number = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (match === null) fail();
    at += match?.[0].length ?? 0;
  };
  const value = (): void => {
    space();
    const char = text.charAt(at);
    if (char === "{") {
      at += 1;
      space();
      if (text.charAt(at) === "}") return void (at += 1);
      for (;;) {
        space();
        string();
        space();
        expect(":");
        value();
        space();
        if (text.charAt(at) === "}") return void (at += 1);
        expect(",");
      }
    }
    if (char === "[") {
      at += 1;
      space();
      if (text.charAt(at) === "]") return void (at += 1);
      for (;;) {
        value();
        space();
        if (text.charAt(at) === "]") return void (at += 1);
        expect(",");
      }
    }
    if (char === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, at)) return void (at += word.length);
    }
    number();
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    if (error instanceof RangeError) return undefined; // nested deeper than the stack: no position to give
    throw error;
  }
}

/** 1-based line and column of `offset` in `text` (columns count UTF-16 code units). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
