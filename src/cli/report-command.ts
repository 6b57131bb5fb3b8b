// `bulkport report`: one self-contained HTML page for the people running the migration, from the state file
// alone (no network): counts per status, cost totals, status changes per day, and the rows that need action.
import path from "node:path";
import type { Argv } from "yargs";
import { UsageError } from "../errors.js";
import { buildReportModel } from "../report/build-report-model.js";
import { renderReport } from "../report/render-report.js";
import { defaultStatePath } from "../state/default-state-path.js";
import { openStateStore } from "../state/open-state-store.js";
import { readStateTenant } from "../state/read-state-tenant.js";
import { writeFileAtomically } from "../tracking/write-file-atomically.js";
import type { CliIo } from "./cli-io.js";
import { EXIT } from "./exit-codes.js";
import { systemClock } from "./system-clock.js";

export const reportCommandBuilder = (y: Argv) =>
  y
    .option("state", {
      type: "string",
      describe: "State file (default: $BULKPORT_STATE, or the file of $MOBPROC_TENANT)",
    })
    .option("out", { type: "string", default: "report.html", describe: "The HTML file to write" });

type ReportArgs = Awaited<ReturnType<ReturnType<typeof reportCommandBuilder>["parseAsync"]>>;

/** --state, else the default file, which needs the tenant's name unless $BULKPORT_STATE names the file. */
const statePathOf = (args: ReportArgs, io: CliIo): string => {
  if (args.state !== undefined) return path.resolve(io.cwd, args.state);
  const tenant = io.env.MOBPROC_TENANT?.trim();
  if (!io.env.BULKPORT_STATE?.trim() && !tenant) {
    throw new UsageError("Name the state file with --state, or set MOBPROC_TENANT to use the tenant's file");
  }
  return defaultStatePath(tenant ?? "", io.env);
};

export async function reportCommand(args: ReportArgs, io: CliIo): Promise<number> {
  const file = statePathOf(args, io);
  const out = path.resolve(io.cwd, args.out);
  // Read before opening: opening creates a missing file, and the tenant check needs the file's own tenant.
  const tenant = readStateTenant(file);
  const store = openStateStore({ file, tenant });
  let model;
  try {
    const lastCheck = store.lastStatusCheck();
    model = buildReportModel({
      tenant,
      generatedAt: systemClock.now().toISOString(),
      rows: store.listRows(),
      orders: store.trackedOrders(),
      history: store.allOrderHistory(),
      ...(lastCheck === undefined ? {} : { lastCheck }),
    });
  } finally {
    store.close();
  }
  await writeFileAtomically(out, renderReport(model));
  io.stderr.write(
    `Report written to ${out}: ${model.rowCount} rows, ${model.orderCount} orders, ${model.needAction} need action\n`,
  );
  return EXIT.OK;
}
