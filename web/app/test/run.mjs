// Compiles the dashboard's unit tests (test/*.test.ts) for node and runs them with node's
// test runner. Exits non-zero when a test fails; ctest calls this.
//   node web/app/test/run.mjs [outdir]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runUnitTests } from "../../tools/unit_tests.mjs";

const here = dirname(fileURLToPath(import.meta.url));
await runUnitTests(here, process.argv[2] ? resolve(process.argv[2]) : resolve(here, "../../../build/app-test"));
