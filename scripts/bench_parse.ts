// npm run bench:parse [-- FILTER...] [--runs N]
//
// Parse speed of Taipan against the reference CPython, measured in the same run over the same
// files: every .py file of CPython's standard library that CPython parses (files it rejects are
// left out of both). Each side reads the files into memory first, then times whole passes of
// parsing them all (Taipan: parse() to an AST, in this process; CPython: ast.parse, timed inside
// CPython), the two taking turns, 3 passes each by default. Prints MB/s for each (median of the
// runs) and the ratio Taipan/CPython: 1.0 or more means Taipan parses at least as fast as CPython.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { findCPython } from "./cpython";
import { CPythonParser, ParseCache, cpythonOutcome, stdlibFiles } from "./lib/cpython_parse";
import { taipanFrontEnd } from "./lib/taipan_parse";

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
  const sources = files.map((f) => readFileSync(f));
  const bytes = sources.reduce((n, s) => n + s.length, 0);
  const mb = bytes / 1e6;
  console.log(`${files.length} files, ${mb.toFixed(1)} MB (${candidates.length - files.length} that CPython rejects left out), ${runs} runs each`);

  // Runs alternate between the two, so that a change in the machine's load falls on both.
  const { parse } = taipanFrontEnd();
  const cpyTimes: number[] = [];
  const taipanTimes: number[] = [];
  let raised = 0;
  for (let run = 0; run < runs; run++) {
    cpyTimes.push(...(await cpython.bench(files, 1)));
    raised = 0;
    const t0 = performance.now();
    for (let i = 0; i < sources.length; i++) {
      try {
        parse(sources[i], files[i], "exec");
      } catch {
        raised++;
      }
    }
    taipanTimes.push((performance.now() - t0) / 1000);
  }
  cpython.close();

  const fmt = (ts: number[]): string => ts.map((t) => `${t.toFixed(2)}s`).join(" ");
  const cpyRate = mb / median(cpyTimes);
  console.log(`CPython ast.parse: ${cpyRate.toFixed(2)} MB/s   (runs: ${fmt(cpyTimes)})`);
  const taipanRate = mb / median(taipanTimes);
  console.log(`Taipan parse():    ${taipanRate.toFixed(2)} MB/s   (runs: ${fmt(taipanTimes)})`);
  if (raised > 0) console.log(`(Taipan raised on ${raised} of these files: see npm run conformance:parse)`);
  console.log(`ratio Taipan/CPython speed: ${(taipanRate / cpyRate).toFixed(2)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 2;
});
