// Pure: a row's local problems as one result line: the first problem's code, and every problem as
// "column: message" so the user sees all there is to fix at once.
import type { RowProblem } from "../input/canonical-row.js";

export function describeRowProblems(problems: readonly RowProblem[]): { code: string; message: string } {
  const first = problems[0];
  if (!first) return { code: "INVALID", message: "the row could not be turned into an order" };
  const message = problems
    .map((problem) =>
      problem.column && !problem.message.startsWith(problem.column)
        ? `${problem.column}: ${problem.message}`
        : problem.message,
    )
    .join("; ");
  return { code: first.code, message };
}
