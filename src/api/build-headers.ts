// The §4 request headers (CONTRACT.md §4, D2). Pure. A blank value means "absent", so a blank header is never
// sent, and there is no `client_secret` header: it was removed from the contract (§4, commit 4f0b80f).

export interface HeaderInput {
  accessToken: string;
  tenant: string;
  clientId: string;
  /** The run id, as X-TNGO-CONTEXT-ACTIVITYID. */
  runId: string;
  /** A new UUID for every HTTP attempt, as X-TNGO-CONTEXT-CORRELATIONID. */
  correlationId: string;
  /** The row's company employee id, as X-TNGO-CONTEXT-COMPANYEMPLOYEEID (D13). */
  employee?: string | undefined;
  /** Adds `Content-Type: application/json` (F10). */
  json: boolean;
}

export const CONTEXT_EMPLOYEE_HEADER = "X-TNGO-CONTEXT-COMPANYEMPLOYEEID";

/** Whether a call carries a context header; a 403 then is the row's, not the run's (§5). */
export const hasContext = (employee: string | undefined): employee is string =>
  employee !== undefined && employee.trim() !== "";

export function buildHeaders(input: HeaderInput): Record<string, string> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${input.accessToken}`,
    "X-TNGO-TENANT": input.tenant,
    client_id: input.clientId,
    "X-TNGO-CONTEXT-ACTIVITYID": input.runId,
    "X-TNGO-CONTEXT-CORRELATIONID": input.correlationId,
    Accept: "application/json",
  };
  if (input.json) headers["Content-Type"] = "application/json";
  if (hasContext(input.employee)) headers[CONTEXT_EMPLOYEE_HEADER] = input.employee.trim();
  return headers;
}
