// A process for test/state/failpoints.test.ts: writes "before", calls failpoint(<name>), writes "after".
import { failpoint, isFailpointName } from "../../../src/state/failpoints.js";

const name = process.argv[2] ?? "";
if (!isFailpointName(name)) {
  process.stderr.write(`unknown failpoint ${name}\n`);
  process.exit(2);
}
process.stdout.write("before\n");
failpoint(name);
process.stdout.write("after\n");
