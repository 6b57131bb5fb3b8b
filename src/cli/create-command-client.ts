// The mobproc client of one command run, from its connection settings: the password grant, or a bare token.
import { createApiClient, type ApiClient } from "../api/create-api-client.js";
import type { RequestLimiter } from "../api/api-client-options.js";
import type { Logger } from "../logging/create-logger.js";
import type { ConnectionSettings } from "./load-connection-settings.js";

export interface CommandClientOptions {
  runId: string;
  limiter: RequestLimiter;
  timeoutMs: number;
  logger: Logger;
  /** See ApiClientOptions.onSubmitResponse (the `after-submit-sent` failpoint). */
  onSubmitResponse?: () => void;
}

export const createCommandClient = (settings: ConnectionSettings, options: CommandClientOptions): ApiClient =>
  createApiClient({
    baseUrl: settings.baseUrl,
    tokenUrl: settings.tokenUrl,
    tenant: settings.tenant,
    clientId: settings.clientId,
    ...(settings.auth.kind === "token"
      ? { accessToken: settings.auth.accessToken }
      : {
          clientSecret: settings.auth.clientSecret,
          username: settings.auth.username,
          password: settings.auth.password,
        }),
    ...options,
  });
