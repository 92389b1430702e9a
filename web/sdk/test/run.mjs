// Compiles the SDK's unit tests (test/*.test.ts) for node and runs them with node's test
// runner. Exits non-zero when a test fails; ctest and `npm run test:sdk` call this.
//   node web/sdk/test/run.mjs [outdir]
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = process.argv[2] ? resolve(process.argv[2]) : resolve(here, "../../../build/sdk-test");
const tests = readdirSync(here).filter((f) => f.endsWith(".test.ts"));

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: tests.map((f) => join(here, f)),
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});

const files = tests.map((f) => join(outdir, f.replace(/\.ts$/, ".mjs")));
const run = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...files], { stdio: "inherit" });
process.exit(run.status === null ? 1 : run.status);
