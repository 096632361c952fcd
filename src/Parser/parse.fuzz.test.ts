// Property-based test of the whole front end (tokenizer, parser, string parser): whatever bytes
// come in, parse() returns a tree or throws CompileError — never another JS exception, and never
// takes more than 2 s on one input. Inputs: pieces of CPython's standard library with tokens and
// bytes deleted, duplicated or inserted, and random bytes.
//
// The default run is short (about 10 s). TAIPAN_FUZZ_RUNS=N sets the number of cases per property
// and TAIPAN_FUZZ_SEED=S replays a failure (fast-check prints the seed and the shrunk input).
import fc from "fast-check";
import { mutatedSource, randomSource, seedTexts } from "../../scripts/lib/python_mutations";
import { CompileError } from "./errors";
import { parse } from "./parse";

const RUNS = Number(process.env.TAIPAN_FUZZ_RUNS ?? 500);
const SEED = process.env.TAIPAN_FUZZ_SEED === undefined ? undefined : Number(process.env.TAIPAN_FUZZ_SEED);
const LIMIT_MS = 2000;

/** Parses one input; fails on anything but a tree or a CompileError, or on a slow parse. */
function check(source: Uint8Array): void {
  const t0 = performance.now();
  try {
    parse(source, "<fuzz>", "exec");
  } catch (e) {
    if (!(e instanceof CompileError)) {
      throw new Error(`parse() threw ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
  const ms = performance.now() - t0;
  if (ms > LIMIT_MS) throw new Error(`parse() took ${Math.round(ms)} ms`);
}

const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

describe("parse() on bad input raises CompileError or returns a tree, quickly", () => {
  test("mutated standard library files", () => {
    fc.assert(fc.property(mutatedSource(), check), params);
  });

  test("random bytes", () => {
    fc.assert(fc.property(randomSource, check), { ...params, numRuns: RUNS * 2 });
  });

  test("the unmutated seed files parse", () => {
    for (const t of seedTexts()) parse(new Uint8Array(Buffer.from(t, "latin1")), "<seed>", "exec");
  });
});
