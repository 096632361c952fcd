// npm run bench:parse [-- FILTER...] [--runs N]
//
// Parse speed of Taipan against the reference CPython, measured in the same run over the same
// files: every .py file of CPython's standard library that CPython parses (files it rejects are
// left out of both). Each side reads the files into memory first, then times whole passes of
// parsing them all (Taipan: parse() to an AST, bundled, in a process of its own; CPython:
// ast.parse, timed inside CPython), the two taking turns, 3 passes each by default. Prints MB/s for each (median of the
// runs; by CPU time, and by wall-clock time) and the ratio Taipan/CPython: 1.0 or more means Taipan
// parses at least as fast as CPython.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createInterface } from "node:readline";
import { build } from "esbuild";
import { findCPython } from "./cpython";
import { CACHE_DIR, CPythonParser, ParseCache, cpythonOutcome, stdlibFiles } from "./lib/cpython_parse";

interface Pass {
  wall: number;
  cpu: number;
  raised: number;
}

/** Starts the bundled Taipan bench process on `files`; each pass() times one parse of them all. */
async function startTaipan(files: string[]): Promise<{ pass(): Promise<Pass>; close(): void }> {
  const outfile = join(CACHE_DIR, "taipan_bench_child.js");
  await build({
    entryPoints: [join(__dirname, "lib", "taipan_bench_child.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "silent",
  });
  const child = spawn(process.execPath, [outfile], { stdio: ["pipe", "pipe", "inherit"] });
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on("line", (line) => waiting.shift()?.(line));
  const next = (): Promise<string> => new Promise((resolve) => waiting.push(resolve));
  child.stdin.write(JSON.stringify(files) + "\n");
  await next();
  return {
    async pass(): Promise<Pass> {
      child.stdin.write("run\n");
      return JSON.parse(await next()) as Pass;
    },
    close(): void {
      child.stdin.end();
    },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const ri = argv.indexOf("--runs");
  const runs = ri >= 0 ? Math.max(1, Number(argv[ri + 1])) : 3;
  const filters = argv.filter((a, i) => !a.startsWith("-") && argv[i - 1] !== "--runs");

  const py = findCPython();
  const cpython = new CPythonParser(py);
  const cache = new ParseCache(py);
  const candidates = stdlibFiles(py.stdlib).filter(
    (f) => filters.length === 0 || filters.some((x) => relative(py.stdlib, f).includes(x)),
  );
  const files: string[] = [];
  for (const f of candidates) {
    const r = await cpythonOutcome(cpython, cache, f);
    if (!r.error) files.push(f);
  }
  cache.save();
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const mb = bytes / 1e6;
  console.log(`${files.length} files, ${mb.toFixed(1)} MB (${candidates.length - files.length} that CPython rejects left out), ${runs} runs each`);

  // Runs alternate between the two, so that a change in the machine's load falls on both. CPU
  // time (user + system, of the whole process) is the figure that a busy machine disturbs least;
  // wall-clock time is shown beside it. Taipan runs bundled, in its own process, as CPython does.
  const taipan = await startTaipan(files);
  const cpy = { wall: [] as number[], cpu: [] as number[] };
  const tai = { wall: [] as number[], cpu: [] as number[] };
  let raised = 0;
  for (let run = 0; run < runs; run++) {
    const r = await cpython.bench(files, 1);
    cpy.wall.push(...r.wall);
    cpy.cpu.push(...r.cpu);
    const t = await taipan.pass();
    tai.wall.push(t.wall);
    tai.cpu.push(t.cpu);
    raised = t.raised;
  }
  taipan.close();
  cpython.close();

  const fmt = (ts: number[]): string => ts.map((t) => `${t.toFixed(1)}s`).join(" ");
  const line = (name: string, t: { wall: number[]; cpu: number[] }): string =>
    `${name} ${(mb / median(t.cpu)).toFixed(2)} MB/s of CPU time (runs: ${fmt(t.cpu)}); ${(mb / median(t.wall)).toFixed(2)} MB/s wall-clock (runs: ${fmt(t.wall)})`;
  console.log(line("CPython ast.parse:", cpy));
  console.log(line("Taipan parse():   ", tai));
  if (raised > 0) console.log(`(Taipan raised on ${raised} of these files: see npm run conformance:parse)`);
  const ratio = median(cpy.cpu) / median(tai.cpu);
  console.log(`ratio Taipan/CPython speed: ${ratio.toFixed(2)} (CPU time; ${(median(cpy.wall) / median(tai.wall)).toFixed(2)} wall-clock)`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 2;
});
