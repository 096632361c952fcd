// npx tsx scripts/fuzz_parse.ts [--runs N] [--seed S] [--lines L] [--show K] [--utf8] [--mode M]
//
// Differential fuzzing of the front end against the reference CPython: small windows of the
// standard library, mutated (scripts/lib/python_mutations.ts), are parsed by both; every input on
// which they disagree (accepted by one only, or a different exception, message or location) is
// grouped by the pair of messages, and each group is printed with its smallest input. The groups
// are a work list for the tokenizer, the grammar's invalid_* rules and the string parser.
// --mode parses as exec (default), eval or single. --utf8 keeps only inputs that are valid UTF-8 (to look past decoding errors). Exit status 1 when
// any input disagrees.
import fc from "fast-check";
import { CPythonParser, type Mode, type ParseOutcome } from "./lib/cpython_parse";
import { mutatedSource, randomSource } from "./lib/python_mutations";
import { outcomeDiff, sameOutcome } from "./lib/parse_compare";
import { taipanOutcome } from "./lib/taipan_parse";

function option(argv: string[], name: string, dflt: number): number {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
}

/** What kind of answer this is, for grouping: the message, or "parsed", or the JS exception. */
function label(o: ParseOutcome): string {
  if (o.crash !== undefined) return `JS: ${o.crash.split("\n")[0]}`;
  if (o.error) return `${o.error.type}: ${o.error.msg.replace(/0x[0-9a-f]+/g, "_").replace(/'[^']*'|\d+/g, "_")}`;
  return "parsed";
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = option(argv, "--runs", 2000);
  const seed = option(argv, "--seed", Date.now() % 1000000);
  const lines = option(argv, "--lines", 6);
  const show = option(argv, "--show", 20);
  const mi = argv.indexOf("--mode");
  const mode = (mi >= 0 ? argv[mi + 1] : "exec") as Mode;
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const valid = (b: Uint8Array): boolean => {
    try {
      utf8.decode(b);
      return true;
    } catch {
      return false;
    }
  };
  const inputs = fc.sample(fc.oneof({ arbitrary: mutatedSource(lines), weight: 4 }, { arbitrary: randomSource, weight: 1 }), {
    numRuns: runs,
    seed,
  }).filter((b) => !argv.includes("--utf8") || valid(b));
  const cpython = new CPythonParser();
  const groups = new Map<string, { count: number; source: Uint8Array; ref: ParseOutcome; got: ParseOutcome }>();
  let agree = 0;
  for (const source of inputs) {
    const ref = await cpython.parseSource(source, "<fuzz>", { mode });
    const got = taipanOutcome(source, "<fuzz>", { mode });
    if (sameOutcome(ref, got)) {
      agree++;
      continue;
    }
    const key = `CPython ${label(ref)}  |  Taipan ${label(got)}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { count: 1, source, ref, got });
    else {
      g.count++;
      if (source.length < g.source.length) Object.assign(g, { source, ref, got });
    }
  }
  cpython.close();
  const sorted = [...groups.entries()].sort((a, b) => b[1].count - a[1].count);
  for (const [key, g] of sorted.slice(0, show)) {
    console.log(`\n### ${g.count} x ${key}`);
    console.log(`source: ${JSON.stringify(Buffer.from(g.source).toString("latin1"))}`);
    console.log(outcomeDiff("<fuzz>", g.ref, g.got).split("\n").slice(3).join("\n"));
  }
  const differ = inputs.length - agree;
  console.log(`\nseed ${seed}: ${agree} agree, ${differ} differ, in ${groups.size} groups`);
  process.exitCode = differ > 0 ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 2;
});
