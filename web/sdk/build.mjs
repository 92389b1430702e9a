// Bundles the SDK into <outdir>/sdk.js (default build/web) and holds it to its budget.
//   node web/sdk/build.mjs [outdir]
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_GZIP_BYTES = 15360;
const PLACEHOLDER = "__WAYMARK_REGISTRY__";

const here = dirname(fileURLToPath(import.meta.url));
// A relative outdir is the caller's; the default is the repository's, wherever it runs from.
const outdir = process.argv[2] ? resolve(process.argv[2]) : resolve(here, "../../build/web");
const outfile = join(outdir, "sdk.js");

await build({
  entryPoints: [join(here, "src/main.ts")],
  outfile,
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2019",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});

const code = readFileSync(outfile);
const gzip = gzipSync(code, { level: 9 }).length;
console.log(`${outfile}: ${code.length} bytes, ${gzip} bytes gzip`);

// The server fills the cookie registry in by replacing this text: it must be there, once.
const placeholders = code.toString().split(PLACEHOLDER).length - 1;
if (placeholders !== 1) {
  console.error(`sdk.js holds the registry placeholder ${placeholders} times instead of once`);
  process.exit(1);
}
if (gzip > BUDGET_GZIP_BYTES) {
  console.error(`sdk.js is ${gzip} bytes gzip, above the 15 KB budget`);
  process.exit(1);
}
