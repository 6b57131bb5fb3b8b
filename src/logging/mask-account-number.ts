/** A carrier account number shown by its last 4 characters only ("*****6789"), in logs and results. */
export function maskAccountNumber(value: string): string {
  if (value.length <= 4) return "*".repeat(value.length);
  return "*".repeat(value.length - 4) + value.slice(-4);
}
