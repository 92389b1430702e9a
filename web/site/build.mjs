// Bundles the site's script into <outdir>/site.js (default build/web) and holds it to
// its budget: a few KB, since every page of the site loads it.
//   node web/site/build.mjs [outdir]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, outdirFrom } from "../tools/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = outdirFrom(process.argv[2], resolve(here, "../.."));
await bundle({ entry: join(here, "src/main.ts"), outfile: join(outdir, "site.js"), budgetGzipBytes: 6144 });
