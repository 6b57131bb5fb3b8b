// CONTRACT.md F30: a `regEx` matches the WHOLE value, in ECMAScript syntax.

const cache = new Map<string, RegExp | null>();

/** True when `value` matches `regEx` as a whole. A regEx that does not compile checks nothing (the API's own
 *  check then decides); the definition came from the API, not from the user. */
export const matchesWhole = (regEx: string, value: string): boolean => {
  if (!cache.has(regEx)) {
    try {
      cache.set(regEx, new RegExp(`^(?:${regEx})$`));
    } catch {
      cache.set(regEx, null);
    }
  }
  const compiled = cache.get(regEx);
  return compiled === null || compiled === undefined ? true : compiled.test(value);
};

/** Length in Unicode code points, as the API counts it (§9). */
export const codePointLength = (value: string): number => [...value].length;
