// A run that dies between "submit started" and the POST (test/state/open-state-store.test.ts). Arguments: the
// state file and the row key. Run with BULKPORT_FAILPOINT=after-submit-started it never records an outcome.
import { failpoint } from "../../../src/state/failpoints.js";
import { openStateStore } from "../../../src/state/open-state-store.js";

const [file = "", key = ""] = process.argv.slice(2);
const store = openStateStore({ file, tenant: "ACME" });
store.recordConfirmed(key, {
  externalOrderNumber: "BP-CRASH",
  fingerprint: "fp-1",
  source: { file: "a.csv", line: 2 },
});
const begun = store.beginSubmit(key, {
  externalOrderNumber: "BP-CRASH",
  fingerprint: "fp-1",
  serviceId: "34415733",
  serviceNumber: "5123440000",
});
process.stdout.write(`${JSON.stringify({ begun: begun.ok })}\n`);
failpoint("after-submit-started");
store.recordSubmitted(key, { orderId: "999", submittedAt: new Date().toISOString() });
store.close();
