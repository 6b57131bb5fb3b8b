// The field delimiter, read from the header line: Excel writes "," in most locales, ";" where the comma is the
// decimal separator, and tabs in "Unicode text" exports. Only characters outside quotes count.

export const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter that occurs most often in the first non-blank line of `text` (outside quotes); on a tie the
 * earlier of `,` `;` tab. A header with none of them is one column, read as comma-separated.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  let started = false;
  for (const char of text) {
    if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === "\n" || char === "\r")) {
      if (started) break;
    } else if (!quoted && counts.has(char)) {
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    if (char !== "\n" && char !== "\r") started = true;
  }
  let best: Delimiter = ",";
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

/** Whether `text` holds the whole first non-blank line, so `detectDelimiter` can decide. */
export function hasFirstLine(text: string): boolean {
  let quoted = false;
  let started = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (started) return true;
      continue;
    }
    started = true;
  }
  return false;
}
