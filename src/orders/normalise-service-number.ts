// Service numbers are compared as digits only, and an 11-digit NANP number drops its leading country code 1
// (CONTRACT.md §8.6 "Client index", F25), so "+1 (512) 344-0000", "15123440000" and "5123440000" are one line.

export const normaliseServiceNumber = (value: string): string => {
  const digits = value.replace(/\D/g, "");
  return digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
};
