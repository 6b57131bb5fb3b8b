// The only error -> exit-code map (STYLE.md rule 3). Documented in the README; cron relies on it.
import { isBulkportError, type BulkportErrorCode } from "../errors.js";

export const EXIT = {
  OK: 0, // every row ended SUBMITTED or SKIPPED (CONFIRMED in a dry run)
  ROWS_NEED_ATTENTION: 1, // some rows did not, or the run stopped before every row was done
  USAGE_CONFIG_INPUT: 2, // usage, config or input-file error: nothing was sent
  API_REFUSED: 3, // the API refused the credentials or was unreachable
  LOCKED: 75, // another run holds the lock (EX_TEMPFAIL)
  SIGINT: 130,
  SIGTERM: 143,
} as const;

const BY_CODE: Record<BulkportErrorCode, number> = {
  USAGE: EXIT.USAGE_CONFIG_INPUT,
  CONFIG: EXIT.USAGE_CONFIG_INPUT,
  INPUT: EXIT.USAGE_CONFIG_INPUT,
  AUTH: EXIT.API_REFUSED,
  UNREACHABLE: EXIT.API_REFUSED,
  LOCKED: EXIT.LOCKED,
  INTERRUPTED: EXIT.SIGINT,
};

/** The exit code for an error that stopped the whole run; an unexpected error is a bug (70, EX_SOFTWARE). */
export function exitCodeFor(error: unknown): number {
  return isBulkportError(error) ? BY_CODE[error.code] : 70;
}
