// Bundles the dashboard into <outdir>/app (default build/web/app): content-hashed
// assets/app-<hash>.js and .css, and manifest.json naming them for the server, which
// renders the page that loads them. Old hashed files are removed.
//   node web/app/build.mjs [outdir]
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { outdirFrom } from "../tools/bundle.mjs";

// The whole dashboard, Preact and the chart library included.
const budgetGzipBytes = 80 * 1024;

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(outdirFrom(process.argv[2], resolve(here, "../..")), "app");
const assets = join(outdir, "assets");
mkdirSync(assets, { recursive: true });
for (const file of readdirSync(assets)) rmSync(join(assets, file));

const result = await build({
  entryPoints: [join(here, "src/main.tsx")],
  outdir: assets,
  entryNames: "app-[hash]",
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2020",
  jsx: "automatic",
  jsxImportSource: "preact",
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});

const manifest = {};
let gzip = 0;
for (const output of Object.keys(result.metafile.outputs)) {
  const name = basename(output);
  if (name.endsWith(".js")) manifest.script = `assets/${name}`;
  if (name.endsWith(".css")) manifest.style = `assets/${name}`;
  gzip += gzipSync(readFileSync(output), { level: 9 }).length;
}
writeFileSync(join(outdir, "manifest.json"), JSON.stringify(manifest) + "\n");
console.log(`${outdir}: ${manifest.script}, ${manifest.style}, ${gzip} bytes gzip`);
if (!manifest.script || !manifest.style) {
  console.error("the dashboard bundle lacks its script or its style");
  process.exit(1);
}
if (gzip > budgetGzipBytes) {
  console.error(`the dashboard is ${gzip} bytes gzip, above its ${budgetGzipBytes}-byte budget`);
  process.exit(1);
}
