// Where the run's requests go: the real API with settings from the environment (or --config), or, with
// --sandbox, a simulator started in this process with its demo credentials.
import { startSimulator } from "../simulator/start-simulator.js";
import { loadConnectionSettings, type ConnectionSettings } from "./load-connection-settings.js";

export interface Connection {
  settings: ConnectionSettings;
  sandbox: boolean;
  close(): Promise<void>;
}

export async function openConnection(options: {
  sandbox: boolean;
  env: Record<string, string | undefined>;
  config?: string;
  allowInsecureHttp: boolean;
}): Promise<Connection> {
  if (!options.sandbox) {
    const settings = loadConnectionSettings({
      env: options.env,
      ...(options.config !== undefined ? { configFile: options.config } : {}),
      allowInsecureHttp: options.allowInsecureHttp,
    });
    return { settings, sandbox: false, close: () => Promise.resolve() };
  }
  const simulator = await startSimulator({ port: 0 });
  const { credentials } = simulator;
  return {
    sandbox: true,
    settings: {
      baseUrl: simulator.baseUrl,
      tokenUrl: simulator.tokenUrl,
      tenant: credentials.tenant,
      clientId: credentials.clientId,
      auth: {
        kind: "password",
        clientSecret: credentials.clientSecret,
        username: credentials.username,
        password: credentials.password,
      },
    },
    close: () => simulator.close(),
  };
}
