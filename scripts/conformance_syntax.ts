// npm run conformance:syntax [-- FILTER...] [-v] [--first N]
//
// Our corpus of invalid programs, Lib/test/conformance/syntax/*.py, each compared LIVE with the
// reference CPython: the exception's class, message, line, offset, end positions, source line
// and printed form must be the same. Files in syntax/compile/ fail only in CPython's symtable or
// compiler: CPython compiles them to a code object, and so must Taipan; they are skipped (counted
// apart, never as passed) until src/Python/compile.ts exists.
// Ends with one line `N passed, M failed` (read by scripts/test.ts); exit status 1 when M > 0.
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { findCPython } from "./cpython";
import { CPythonParser, ParseCache, cpythonOutcome, type Op, type ParseOutcome } from "./lib/cpython_parse";
import { pool } from "./lib/compare";
import { outcomeDiff, sameOutcome } from "./lib/parse_compare";
import { TaipanPool } from "./lib/taipan_pool";

const REPO = join(__dirname, "..");
const CORPUS = join(REPO, "Lib", "test", "conformance", "syntax");
const COMPILE_DIR = join(CORPUS, "compile");
const HAS_COMPILER = existsSync(join(REPO, "src", "Python", "compile.ts"));

function corpus(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(".py"))
    .sort()
    .map((n) => join(dir, n));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const verbose = argv.includes("-v");
  const fi = argv.indexOf("--first");
  const first = fi >= 0 ? Number(argv[fi + 1]) : 10;
  const filters = argv.filter((a, i) => !a.startsWith("-") && argv[i - 1] !== "--first");
  const pick = (f: string): boolean => filters.length === 0 || filters.some((x) => relative(CORPUS, f).includes(x));
  const parseFiles = corpus(CORPUS).filter(pick);
  const compileFiles = corpus(COMPILE_DIR).filter(pick);

  const py = findCPython();
  // Relative file names, resolved from the repository root on both sides.
  const cpython = new CPythonParser(py, REPO);
  const cache = new ParseCache(py, "syntax");
  let taipan: TaipanPool | null = null;
  let buildError = "";
  try {
    taipan = await TaipanPool.create(1, 10000);
  } catch (e) {
    buildError = (e as Error).message.split("\n").slice(0, 6).join("\n");
  }

  const jobs: { file: string; op: Op }[] = parseFiles.map((file) => ({ file, op: "ast" as Op }));
  if (HAS_COMPILER) jobs.push(...compileFiles.map((file) => ({ file, op: "compile" as Op })));
  const skipped = HAS_COMPILER ? 0 : compileFiles.length;

  let passed = 0;
  const failures: { rel: string; text: string }[] = [];
  await pool(jobs, 2, async ({ file, op }) => {
    const rel = relative(REPO, file);
    const ref = await cpythonOutcome(cpython, cache, file, { op, filename: rel });
    let got: ParseOutcome;
    if (taipan) got = await taipan.parseFile(file, { filename: rel, op });
    else got = { crash: `Taipan's parser cannot be built yet: ${buildError}` };
    if (!ref.error) {
      failures.push({ rel, text: `${rel}: CPython accepts this file, so it does not belong in the corpus\n` });
    } else if (sameOutcome(ref, got)) {
      passed++;
      if (verbose) console.log(`ok    ${rel}`);
    } else {
      failures.push({ rel, text: outcomeDiff(rel, ref, got) });
    }
  });
  cache.save();
  cpython.close();
  await taipan?.close();

  failures.sort((a, b) => (a.rel < b.rel ? -1 : 1));
  for (const f of verbose ? failures : failures.slice(0, first)) console.log(f.text);
  if (failures.length > 0) {
    console.log(`Failed (${failures.length}):`);
    for (const f of failures) console.log(`  ${f.rel}`);
  }
  if (skipped > 0) console.log(`${skipped} skipped (syntax/compile/: Taipan has no compile() stage yet)`);
  console.log(`${passed} passed, ${failures.length} failed`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 2;
});
