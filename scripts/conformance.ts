// npm run conformance [-- FILTER...] [-v] [--update-expectations]: runs every program in
// Lib/test/conformance/ (not its syntax/ corpus, which conformance:syntax covers) under Taipan and
// under the reference CPython, and compares stdout, stderr and exit code byte for byte.
//
// Lib/test/conformance/expectations.yaml lists the programs known to differ, each with a one-line
// reason (the first differing line). A listed program that still differs is an expected failure;
// one that is not listed and differs is a regression and fails the run; a listed one that now
// agrees is reported as newly passing (as regrtest reports newly passing tests) and counts as
// passed. `--update-expectations` rewrites the list from this run (keeping entries for programs
// it did not run). Ends with `N passed, M failed`, where M counts regressions.
import { readdirSync, statSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { cpus } from "node:os";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { runCPython, runTaipan, unifiedDiff, pool, RunResult } from "./lib/compare";

const REPO = join(__dirname, "..");
const ROOT = join(REPO, "Lib", "test", "conformance");
const EXPECTATIONS = join(ROOT, "expectations.yaml");
const argv = process.argv.slice(2);
const filters = argv.filter((a) => !a.startsWith("-"));
const verbose = argv.includes("-v");
const update = argv.includes("--update-expectations");
/** Each program runs in well under a second under CPython; past this, Taipan is stuck. */
const TIMEOUT_MS = 15000;

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

function loadExpectations(): Record<string, string> {
  if (!existsSync(EXPECTATIONS)) return {};
  const data = parseYaml(readFileSync(EXPECTATIONS, "utf8")) as { expected_failures?: Record<string, string> } | null;
  return data?.expected_failures ?? {};
}

/** The first line where Taipan's output parts from CPython's: the reason recorded for a failure. */
function firstDifference(ref: RunResult, got: RunResult): string {
  for (const [what, a, b] of [["stdout", ref.stdout, got.stdout], ["stderr", ref.stderr, got.stderr]] as const) {
    if (a === b) continue;
    const la = a.split("\n");
    const lb = b.split("\n");
    for (let i = 0; i < Math.max(la.length, lb.length); i++) {
      if (la[i] !== lb[i]) return `${what} line ${i + 1}: ${(lb[i] ?? "<missing>").slice(0, 100)}`.trim();
    }
  }
  if (got.timedOut) return "timed out";
  return `exit code ${got.code} (CPython ${ref.code})`;
}

async function main(): Promise<void> {
  const files = programs(ROOT).filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
  const expected = loadExpectations();
  const newExpected: Record<string, string> = { ...expected };
  let passed = 0;
  let xfail = 0;
  let regressions = 0;
  let stale = 0;
  let shown = 0;
  await pool(files, Math.max(2, cpus().length), async (file) => {
    const rel = relative(REPO, file);
    const key = relative(ROOT, file);
    const [ref, got] = await Promise.all([
      runCPython([rel], { cwd: REPO, timeoutMs: TIMEOUT_MS }),
      runTaipan([rel], { cwd: REPO, timeoutMs: TIMEOUT_MS }),
    ]);
    const same = ref.stdout === got.stdout && ref.stderr === got.stderr && ref.code === got.code;
    if (same) {
      delete newExpected[key];
      passed++;
      if (key in expected) {
        stale++;
        console.log(`NEWLY PASSING  ${rel} (remove it from expectations.yaml: --update-expectations)`);
      } else if (verbose) console.log(`ok    ${rel}`);
      return;
    }
    const reason = firstDifference(ref, got);
    newExpected[key] = reason;
    if (key in expected) {
      xfail++;
      if (verbose) console.log(`xfail ${rel}: ${reason}`);
      return;
    }
    regressions++;
    console.log(`FAIL  ${rel}`);
    if (verbose || shown++ < 10) {
      const diffs = [
        unifiedDiff(`${rel} stdout`, ref.stdout, got.stdout),
        unifiedDiff(`${rel} stderr`, ref.stderr, got.stderr),
        ref.code === got.code ? "" : `exit code: CPython ${ref.code}, Taipan ${got.code}${got.timedOut ? " (timed out)" : ""}\n`,
      ];
      console.log(diffs.join("").split("\n").slice(0, 60).join("\n"));
    }
  });
  if (update) {
    const sorted = Object.fromEntries(Object.entries(newExpected).sort(([a], [b]) => a.localeCompare(b)));
    const header =
      "# Conformance programs known to differ from CPython, with the first differing line.\n" +
      "# Written by `npm run conformance -- --update-expectations`; fix a program, then rerun it.\n";
    writeFileSync(EXPECTATIONS, header + stringifyYaml({ expected_failures: sorted }, { lineWidth: 0 }));
    console.log(`expectations.yaml rewritten: ${Object.keys(sorted).length} expected failures`);
  }
  const total = files.length;
  console.log(`conformance: ${total} programs; ${passed} agree with CPython, ${xfail} expected failures, ${regressions} regressions, ${stale} newly passing`);
  const failed = update ? 0 : regressions;
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

void main();
