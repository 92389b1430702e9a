// Bundles the SDK into <outdir>/sdk.js (default build/web) and holds it to its budget.
//   node web/sdk/build.mjs [outdir]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, outdirFrom } from "../tools/bundle.mjs";

const PLACEHOLDER = "__WAYMARK_REGISTRY__";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = outdirFrom(process.argv[2], resolve(here, "../.."));
const code = await bundle({ entry: join(here, "src/main.ts"), outfile: join(outdir, "sdk.js"), budgetGzipBytes: 15360 });

// The server fills the cookie registry in by replacing this text: it must be there, once.
const placeholders = code.split(PLACEHOLDER).length - 1;
if (placeholders !== 1) {
  console.error(`sdk.js holds the registry placeholder ${placeholders} times instead of once`);
  process.exit(1);
}
