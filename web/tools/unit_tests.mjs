// Compiles a folder's unit tests (*.test.ts) for node and runs them with node's test
// runner; exits with its status, so ctest sees a failure.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

export async function runUnitTests(testDir, outdir) {
  const tests = readdirSync(testDir).filter((f) => f.endsWith(".test.ts"));
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: tests.map((f) => join(testDir, f)),
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
}
