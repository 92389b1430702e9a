// Bundles a browser script with esbuild (one minified iife for es2019) and holds it to its
// gzip budget. Answers the bundled code; exits the process when over budget.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

// A relative outdir is the caller's; the default is the repository's build/web.
export function outdirFrom(arg, repoRoot) {
  return arg ? resolve(arg) : resolve(repoRoot, "build/web");
}

export async function bundle({ entry, outfile, budgetGzipBytes }) {
  await build({
    entryPoints: [entry],
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
  if (gzip > budgetGzipBytes) {
    console.error(`${outfile} is ${gzip} bytes gzip, above its ${budgetGzipBytes}-byte budget`);
    process.exit(1);
  }
  return code.toString();
}
