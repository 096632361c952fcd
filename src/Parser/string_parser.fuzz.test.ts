// Randomized differential test: programs made of adjacent string literals and f-strings (pieces
// chosen to hit escapes, braces, conversions, specs, nested quotes, newlines and errors), parsed
// by Taipan and LIVE by the reference CPython in one run; the AST dumps with positions, or the
// SyntaxErrors, must agree. Deterministic seeds, so a failure reproduces.
import { execFileSync } from "node:child_process";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { parse } from "./parse";
import { dumpAst } from "./ast_dump";
import { CompileError } from "./errors";

const PIECES = [
  "a", "é", " ", "\\n", "\\x41", "\\q", "\\{", "\\N{DIGIT ONE}", "\\N{", "\\", "{", "}", "{{", "}}", "{x}", "{x!r}",
  "{x=}", "{x:>{w}}", "{x:", "{ x }", "{x!}", "{'s'}", '{"s"}', "{a[1]}", "{(1,\n2)}", "{x#}", "{}", "{3!=4}",
  "{x:{y:{z}}}", "{x}}", "\\777", "\\u00e9", "\\ud800", "\\udc00", "'", '"', "\n", "{\nx}", "{x\n}", "{lambda: 1}",
  "{x:{{}}}", "{x=!s:^3}", "😀", "{f'{y}'}", "{b'x'}", "{x!r=}", "{=}", "{!a}", "{a b}",
];
const PREFIXES = ["", "", "f", "f", "rf", "b", "rb", "u", "F", "Rb", "fR", "U"];
const QUOTES = ["'", '"', "'''", '"""'];

function programs(seed: number, count: number): string[] {
  let st = seed;
  const rnd = (n: number) => {
    st = (st * 1103515245 + 12345) >>> 0;
    return (st >>> 8) % n;
  };
  const pick = <T>(a: T[]): T => a[rnd(a.length)];
  const lit = (): string => {
    const q = pick(QUOTES);
    let body = "";
    for (let i = rnd(5); i > 0; i--) body += pick(PIECES);
    return pick(PREFIXES) + q + body + q;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let j = 1 + rnd(3); j > 0; j--) parts.push(lit());
    const lead = pick(["", "x = ", "y = (1,\n  "]);
    const body = parts.join(pick([" ", "\n", " \\\n "]));
    out.push(lead + body + (lead.startsWith("y") ? ")" : "") + "\n");
  }
  return out;
}

const SCRIPT = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        r = {"dump": ast.dump(ast.parse(src), include_attributes=True)}
    except SyntaxError as e:
        r = {"error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]}
    out.append(r)
json.dump(out, sys.stdout)
`;

type Outcome = { dump?: string; error?: unknown[] };

test("random literal programs: Taipan and CPython agree", () => {
  const progs = [...programs(1, 1500), ...programs(7, 1500)];
  const want = JSON.parse(
    execFileSync(findCPython().executable, ["-I", "-S", "-c", SCRIPT], {
      input: JSON.stringify(progs),
      encoding: "utf8",
      env: cleanEnv(),
      maxBuffer: 1 << 28,
    }),
  ) as Outcome[];
  const fails: string[] = [];
  progs.forEach((src, i) => {
    let got: Outcome;
    try {
      got = { dump: dumpAst(parse(src, "<unknown>", "exec"), { includeAttributes: true }) };
    } catch (e) {
      got = e instanceof CompileError ? { error: [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset] } : { error: ["JS", String(e)] };
    }
    if (JSON.stringify(got) === JSON.stringify(want[i])) return;
    if (fails.length < 10) fails.push(`${JSON.stringify(src)}\n  CPython: ${JSON.stringify(want[i])}\n  ours:    ${JSON.stringify(got)}`);
  });
  expect(fails).toEqual([]);
}, 180_000);
