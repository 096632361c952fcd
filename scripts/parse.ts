// npm run parse -- FILE [--mode exec|eval|single|func_type] [--indent] [--cpython]
//
// Parses FILE with Taipan and prints what CPython's `ast.dump(tree, include_attributes=True)`
// prints for it, or, when FILE does not parse, the exception as CPython prints an uncaught
// SyntaxError from compile() of that file (File "...", line N / the source line / the carets /
// `SyntaxError: msg`) on stderr, with exit status 1.
// --indent  breaks the dump into one field a line (for reading and diffing)
// --cpython print the reference CPython's answer instead, the same way (to compare by eye)
import { readFileSync } from "node:fs";
import { CPythonParser, type Mode, type ParseOutcome } from "./lib/cpython_parse";
import { indentDump } from "./lib/parse_compare";
import { taipanOutcome } from "./lib/taipan_parse";

const USAGE = "usage: npm run parse -- FILE [--mode exec|eval|single|func_type] [--indent] [--cpython]";
const MODES: Mode[] = ["exec", "eval", "single", "func_type"];

function show(r: ParseOutcome, indent: boolean): number {
  if (r.crash !== undefined) {
    process.stderr.write(`Taipan's parser threw a JS exception (a bug):\n${r.crash}\n`);
    return 2;
  }
  if (r.error) {
    process.stderr.write(r.formatted ?? `${r.error.type}: ${r.error.msg}\n`);
    return 1;
  }
  const dump = r.dump ?? "";
  process.stdout.write(indent ? indentDump(dump) : dump + "\n");
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let file: string | null = null;
  let mode: Mode = "exec";
  let indent = false;
  let reference = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--mode") {
      const m = argv[++i] as Mode;
      if (!MODES.includes(m)) {
        process.stderr.write(`${USAGE}\n--mode must be one of ${MODES.join(", ")}\n`);
        return 2;
      }
      mode = m;
    } else if (a === "--indent") indent = true;
    else if (a === "--cpython") reference = true;
    else if (a === "-h" || a === "--help") {
      process.stdout.write(USAGE + "\n");
      return 0;
    } else if (a.startsWith("-") || file !== null) {
      process.stderr.write(USAGE + "\n");
      return 2;
    } else file = a;
  }
  if (file === null) {
    process.stderr.write(USAGE + "\n");
    return 2;
  }
  let source: Uint8Array;
  try {
    source = readFileSync(file);
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  if (reference) {
    const py = new CPythonParser();
    try {
      return show(await py.parseSource(source, file, { mode, full: true }), indent);
    } finally {
      py.close();
    }
  }
  return show(taipanOutcome(source, file, { mode, full: true }), indent);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
