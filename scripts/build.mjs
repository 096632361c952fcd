// npm run build: bundles each entry point into dist/ with esbuild (one file each, fast start-up).
import { build } from "esbuild";

const entries = {
  taipan: "src/Programs/taipan.ts",
  regrtest: "runner/regrtest.ts",
};

await build({
  entryPoints: entries,
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "linked",
  logLevel: "warning",
});
console.log(`built ${Object.keys(entries).map((e) => `dist/${e}.js`).join(", ")}`);
