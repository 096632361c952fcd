// npm run regen: rebuilds every generated file from its source. `--check` fails when a committed
// generated file differs from what its generator writes now (CI runs it).
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { generators } from "./regen/generators";

const check = process.argv.includes("--check");
let stale = 0;
for (const g of generators) {
  const text = g.generate();
  const old = existsSync(g.output) ? readFileSync(g.output, "utf8") : undefined;
  if (old === text) {
    console.log(`up to date  ${g.output}`);
    continue;
  }
  if (check) {
    console.error(`STALE       ${g.output} (from ${g.source}): run \`npm run regen\``);
    stale++;
  } else {
    writeFileSync(g.output, text);
    console.log(`regenerated ${g.output}`);
  }
}
if (stale) process.exit(1);
