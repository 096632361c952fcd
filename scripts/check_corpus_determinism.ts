// npx tsx scripts/check_corpus_determinism.ts [FILTER...]: checks that every program of the
// conformance corpus (Lib/test/conformance/, not its syntax/ corpus) is usable as a live comparison:
// run twice under the reference CPython with different PYTHONHASHSEED values, stdout, stderr and exit
// code must be identical (no set/dict order of str keys, no addresses, no time), and each program
// must be 20-150 lines long. Ends with `N ok, M problems`; exit code 1 when there are problems.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { cpus } from "node:os";
import { cleanEnv } from "./cpython";
import { createTwoFilesPatch } from "diff";
import { runCPython, pool } from "./lib/compare";

const REPO = join(__dirname, "..");
const ROOT = join(REPO, "Lib", "test", "conformance");
const SEEDS = ["1", "2"];
const MIN_LINES = 20;
const MAX_LINES = 150;

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

/** A unified diff of the outputs of the two seeds, or "" when they are equal. */
function seedDiff(label: string, a: string, b: string): string {
  if (a === b) return "";
  return createTwoFilesPatch(`${label} (seed ${SEEDS[0]})`, `${label} (seed ${SEEDS[1]})`, a, b, "", "", { context: 3 });
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const files = programs(ROOT).filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
  const problems: string[] = [];
  await pool(files, Math.max(2, cpus().length), async (file) => {
    const rel = relative(REPO, file);
    const found: string[] = [];
    const lines = readFileSync(file, "utf8").split("\n").length - 1;
    if (lines < MIN_LINES || lines > MAX_LINES) found.push(`${lines} lines (want ${MIN_LINES}-${MAX_LINES})`);
    const runs = await Promise.all(
      SEEDS.map((seed) => runCPython([rel], { cwd: REPO, env: { ...cleanEnv(), PYTHONHASHSEED: seed } })),
    );
    const [a, b] = runs;
    const diff =
      seedDiff(`${rel} stdout`, a.stdout, b.stdout) +
      seedDiff(`${rel} stderr`, a.stderr, b.stderr) +
      (a.code === b.code ? "" : `exit code ${a.code} vs ${b.code}\n`);
    if (a.timedOut || b.timedOut) found.push("timed out");
    else if (diff) found.push(`differs between PYTHONHASHSEED=${SEEDS[0]} and ${SEEDS[1]}\n${diff}`);
    if (found.length) problems.push(`${rel}: ${found.join("; ")}`);
  });
  for (const p of problems.sort()) console.log(p);
  console.log(`${files.length - problems.length} ok, ${problems.length} problems`);
  process.exitCode = problems.length ? 1 : 0;
}

void main();
