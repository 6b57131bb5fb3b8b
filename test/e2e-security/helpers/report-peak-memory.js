// Preloaded with `node --import` into the CLI under test: at exit, writes the process's peak resident set size
// (kilobytes) to the file named by BULKPORT_TEST_PEAK_RSS, so a test can check that memory stayed bounded.
import { writeFileSync } from "node:fs";
import process from "node:process";

const target = process.env.BULKPORT_TEST_PEAK_RSS;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
