// Tokenizes every .py file of the reference CPython's standard library with Taipan's tokenizer and
// checks it against CPython's compile() of the same bytes:
//   - no JS exception other than CompileError, ever;
//   - a file CPython compiles must tokenize without error;
//   - a file CPython rejects with a tokenizer error must raise the same error (type, msg, line, offset).
// Prints the counts and the tokenizing speed. Usage: npx tsx scripts/check_tokenizer.ts [-v]
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { findCPython, cleanEnv } from "./cpython";
import { CompileError } from "../src/Parser/errors";
import { TokenType } from "../src/Parser/token";
import { Tokenizer } from "../src/Parser/tokenizer";

/**
 * Messages only the tokenizer (or pegen's wording of a tokenizer state) produces. "(unicode error)"
 * is left out: the string parser gives it too (bad UTF-8 inside a literal); the unit tests cover
 * the tokenizer's own case (bad UTF-8 in a name).
 */
const TOKENIZER_MESSAGES = [
  /^unknown encoding: /, /^encoding problem: /, /^'[\w-]+' codec can't decode/,
  /is not a text encoding/, /^source code (string )?cannot contain null bytes$/, /^invalid character '.' \(U\+/,
  /^invalid non-printable character U\+/, /^invalid (decimal|hexadecimal|octal|binary|imaginary) literal$/,
  /^invalid digit '.' in (octal|binary) literal$/, /^leading zeros in decimal integer literals/,
  /^unterminated (triple-quoted )?string literal/, /^unmatched '.'$/, /^closing parenthesis/, /^'.' was never closed$/,
  /^too many nested parentheses$/, /^unexpected character after line continuation character$/,
  /^unexpected EOF while parsing$/, /^unindent does not match any outer indentation level$/,
  /^inconsistent use of tabs and spaces in indentation$/, /^too many levels of indentation$/,
];

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === "site-packages" || e.name === "__pycache__") continue;
      walk(p, out);
    } else if (e.name.endsWith(".py")) out.push(p);
  }
}

const COMPILE_ALL = `
import sys, json, warnings
warnings.simplefilter("ignore")
out = {}
for f in json.loads(sys.stdin.read()):
    try:
        with open(f, "rb") as fh:
            compile(fh.read(), "<string>", "exec", dont_inherit=True)
    except SyntaxError as e:
        out[f] = [type(e).__name__, e.msg, e.lineno, e.offset]
    except Exception as e:
        out[f] = [type(e).__name__, str(e), None, None]
print(json.dumps(out))
`;

function main(): void {
  const verbose = process.argv.includes("-v");
  const py = findCPython();
  const files: string[] = [];
  walk(py.stdlib, files);
  files.sort();
  const cpythonErrors = JSON.parse(
    execFileSync(py.executable, ["-I", "-S", "-c", COMPILE_ALL], {
      input: JSON.stringify(files),
      encoding: "utf8",
      env: cleanEnv(),
      maxBuffer: 1 << 26,
    }),
  ) as Record<string, [string, string, number | null, number | null]>;

  const datas = files.map((f) => readFileSync(f));
  let bytes = 0;
  let tokens = 0;
  let ok = 0;
  let sameError = 0;
  let parserLeft = 0;
  const failures: string[] = [];
  const notes: string[] = [];
  const t0 = process.hrtime.bigint();
  files.forEach((f, i) => {
    const data = datas[i];
    bytes += data.length;
    const rel = relative(py.stdlib, f);
    const theirs = cpythonErrors[f];
    let ours: CompileError | null = null;
    try {
      const t = new Tokenizer(data, { filename: "<string>" });
      for (;;) {
        tokens++;
        if (t.next().type === TokenType.ENDMARKER) break;
      }
    } catch (e) {
      if (!(e instanceof CompileError)) {
        failures.push(`${rel}: JS exception ${(e as Error).stack ?? e}`);
        return;
      }
      ours = e;
    }
    const oursText = ours && `${ours.type}: ${ours.msg} (line ${ours.lineno}, offset ${ours.offset})`;
    if (!theirs) {
      if (ours) failures.push(`${rel}: CPython compiles it; we raise ${oursText}`);
      else ok++;
      return;
    }
    const theirsText = `${theirs[0]}: ${theirs[1]} (line ${theirs[2]}, offset ${theirs[3]})`;
    const tokenizerError = TOKENIZER_MESSAGES.some((r) => r.test(theirs[1]));
    if (tokenizerError) {
      if (oursText === theirsText) sameError++;
      else failures.push(`${rel}: CPython: ${theirsText}; we: ${oursText ?? "no error"}`);
    } else {
      parserLeft++;
      if (ours) notes.push(`${rel}: CPython's parser stops first with ${theirsText}; our tokenizer then finds ${oursText}`);
      else if (verbose) notes.push(`${rel}: a parser error, left to the parser: ${theirsText}`);
    }
  });
  const ns = Number(process.hrtime.bigint() - t0);
  console.log(`files: ${files.length} (${(bytes / 1e6).toFixed(1)} MB, ${tokens} tokens) under ${py.stdlib}`);
  console.log(`tokenized without error, as CPython compiles them: ${ok}`);
  console.log(`rejected by CPython's tokenizer, same error here: ${sameError}`);
  console.log(`rejected by CPython's parser (not the tokenizer's business): ${parserLeft}`);
  console.log(`time: ${(ns / 1e9).toFixed(2)} s, ${(bytes / 1e6 / (ns / 1e9)).toFixed(1)} MB/s`);
  for (const n of notes) console.log(`note: ${n}`);
  for (const f of failures) console.log(`FAIL: ${f}`);
  if (failures.length) {
    console.log(`${failures.length} failure(s)`);
    process.exit(1);
  }
}

main();
