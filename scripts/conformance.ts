// npm run conformance [-- FILTER...]: runs every program in Lib/test/conformance/ (not its syntax/
// corpus, which conformance:parse covers) under Taipan and under the reference CPython, and
// compares stdout, stderr and exit code byte for byte. Ends with `N passed, M failed`.
import { readdirSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { cpus } from "node:os";
import { runCPython, runTaipan, unifiedDiff, pool } from "./lib/compare";

const ROOT = join(__dirname, "..", "Lib", "test", "conformance");
const filters = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const verbose = process.argv.includes("-v");

function programs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "syntax" && name !== "__pycache__") out.push(...programs(p));
    } else if (name.endsWith(".py")) out.push(p);
  }
  return out;
}

async function main(): Promise<void> {
  const files = programs(ROOT).filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
  let passed = 0;
  let failed = 0;
  let shown = 0;
  await pool(files, Math.max(2, cpus().length), async (file) => {
    const rel = relative(join(__dirname, ".."), file);
    const cwd = join(__dirname, "..");
    const [ref, got] = await Promise.all([runCPython([rel], { cwd }), runTaipan([rel], { cwd })]);
    const diffs = [
      unifiedDiff(`${rel} stdout`, ref.stdout, got.stdout),
      unifiedDiff(`${rel} stderr`, ref.stderr, got.stderr),
      ref.code === got.code ? "" : `exit code: CPython ${ref.code}, Taipan ${got.code}${got.timedOut ? " (timed out)" : ""}\n`,
    ].filter(Boolean);
    if (diffs.length === 0) {
      passed++;
      if (verbose) console.log(`ok    ${rel}`);
    } else {
      failed++;
      console.log(`FAIL  ${rel}`);
      if (verbose || shown++ < 10) console.log(diffs.join("").split("\n").slice(0, 60).join("\n"));
    }
  });
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

void main();
