// npm run bench [-- FILTER...] [--runs N]: times each program of Lib/test/bench/ under Taipan and
// under the reference CPython in the same run (median of N runs each, alternating), checks that
// both print the same checksum, and prints each ratio Taipan/CPython and their geometric mean;
// then start-up: `taipan -c pass` against `node -e 0` and CPython's `-c pass` (the real binary).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { findCPython } from "./cpython";
import { run, TAIPAN_BIN } from "./lib/compare";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const filters = args.filter((a, i) => !a.startsWith("-") && (runsAt < 0 || i !== runsAt + 1));
const DIR = join(__dirname, "..", "Lib", "test", "bench");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timed(cmd: string, argv: string[]): Promise<{ ms: number; out: string; ok: boolean; err: string }> {
  const t0 = performance.now();
  const r = await run(cmd, argv, { timeoutMs: 120000 });
  const ms = performance.now() - t0;
  return { ms, out: r.stdout, ok: r.code === 0 && !r.timedOut, err: (r.stderr.trim().split("\n").pop() ?? "") || `exit ${r.code}` };
}

async function main(): Promise<void> {
  const py = findCPython().executable;
  const taipan = [TAIPAN_BIN];
  const programs = readdirSync(DIR).filter((f) => f.endsWith(".py") && (filters.length === 0 || filters.some((x) => f.includes(x)))).sort();
  console.log(`${"benchmark".padEnd(26)} ${"CPython".padStart(9)} ${"Taipan".padStart(9)} ${"ratio".padStart(7)}  (median of ${RUNS})`);
  const ratios: number[] = [];
  let failed = 0;
  for (const prog of programs) {
    const file = join(DIR, prog);
    const cp: number[] = [];
    const tp: number[] = [];
    let ref = "";
    let problem = "";
    for (let i = 0; i < RUNS && !problem; i++) {
      const a = await timed(py, ["-I", "-S", file]);
      if (!a.ok) throw new Error(`CPython failed on ${prog}: ${a.err}`);
      ref = a.out;
      cp.push(a.ms);
      const b = await timed(process.execPath, [...taipan, file]);
      if (!b.ok) problem = `Taipan failed: ${b.err}`;
      else if (b.out !== a.out) problem = `checksums differ: CPython ${a.out.trim()} / Taipan ${b.out.trim()}`;
      else tp.push(b.ms);
    }
    const name = prog.replace(/\.py$/, "").padEnd(26);
    if (problem) {
      failed++;
      console.log(`${name} ${(median(cp) / 1000).toFixed(3).padStart(8)}s ${"—".padStart(9)} ${"—".padStart(7)}  ${problem.slice(0, 100)}`);
      continue;
    }
    const ratio = median(tp) / median(cp);
    ratios.push(ratio);
    console.log(`${name} ${(median(cp) / 1000).toFixed(3).padStart(8)}s ${(median(tp) / 1000).toFixed(3).padStart(8)}s ${ratio.toFixed(2).padStart(6)}x  checksum ${ref.trim().slice(0, 40)}`);
  }
  if (ratios.length) {
    const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
    console.log(`geometric mean of ${ratios.length} ratios: ${geo.toFixed(2)}x` + (failed ? ` (${failed} benchmark(s) not run by Taipan yet)` : ""));
  } else {
    console.log(`geometric mean: — (Taipan ran none of the ${programs.length} benchmarks)`);
  }

  // Start-up.
  const startup = async (cmd: string, argv: string[]) => {
    const xs: number[] = [];
    for (let i = 0; i < Math.max(5, RUNS); i++) xs.push((await timed(cmd, argv)).ms);
    return median(xs);
  };
  const node0 = await startup(process.execPath, ["-e", "0"]);
  const cpy = await startup(py, ["-I", "-S", "-c", "pass"]);
  const tai = await startup(process.execPath, [...taipan, "-c", "pass"]);
  console.log(`start-up: node -e 0 ${node0.toFixed(0)} ms, CPython -c pass ${cpy.toFixed(0)} ms, taipan -c pass ${tai.toFixed(0)} ms (${(tai - node0).toFixed(0)} ms over node)`);
}

void main();
