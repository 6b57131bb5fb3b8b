// CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - @, tab or carriage
// return as a formula. Every cell that comes from the input or from the API is neutralised with a leading `'`.
// The numeric columns the tool writes itself (row, costs) are never escaped: they are plain numbers, and a
// leading quote would turn them into text. A negative number coming from the INPUT (e.g. "-5") is escaped like any
// other input cell: it cannot be told apart from "-2+3" safely, and the quote is visible and harmless.

const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

export const escapeFormula = (cell: string): string => (TRIGGERS.has(cell.charAt(0)) ? `'${cell}` : cell);
