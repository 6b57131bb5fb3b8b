/**
 * A carrier account number shown by its last 4 characters only ("*****6789"), in logs and results; 4 characters
 * or fewer are masked entirely. Characters are counted as code points, so a masked value never splits one.
 */
export function maskAccountNumber(value: string): string {
  const chars = [...value];
  return chars.length <= 4
    ? "*".repeat(chars.length)
    : "*".repeat(chars.length - 4) + chars.slice(-4).join("");
}
