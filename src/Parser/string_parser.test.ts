// String literals and f-strings compared LIVE with the reference CPython: for each program, the
// AST dump with positions, or the SyntaxError (message, line, offset, end), and the warnings.
import { execFileSync } from "node:child_process";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { parse } from "./parse";
import { dumpAst } from "./ast_dump";
import { CompileError } from "./errors";
import { Expression, type expr } from "./ast";
import { _PyPegen_concatenate_strings, decodeUnicodeEscape, type StringParserHost, type StringToken } from "./string_parser";

const PROGRAMS: string[] = [
  // plain strings and prefixes
  "'abc'",
  '"abc"',
  "'''a\nb'''",
  '"""a"b""c"""',
  "''",
  '""""""',
  "u'x'",
  "U'x'",
  "u'x' 'y'",
  "'x' u'y'",
  "r'\\n\\q'",
  "R'\\x'",
  "b'abc'",
  "B'a' b'b'",
  "rb'\\x00'",
  "bR'\\q'",
  "Br'a' b'\\x41'",
  "x = ('a'\n     'b'\n     'c')",
  "'a' \\\n  'b'",
  // escapes
  "'\\n\\t\\r\\b\\f\\v\\a\\0\\\\\\'\\\"'",
  "'\\x41\\u00e9\\U0001F600'",
  "'\\101\\1\\12\\777'",
  "b'\\101\\777\\x7f\\xff'",
  "'\\N{LATIN SMALL LETTER A}\\N{latin capital letter b}\\N{ZWJ}\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}'",
  "'a\\\nb'",
  "'é\\é'",
  "'\\é'",
  "'é\\x41'",
  "'\\ud800'",
  "'\\ud800\\udc00'",
  "'\\ud83d' '\\ude00x'",
  "'a\\udfff\\ud800b'",
  "'\\U0000d800\\U0000dc01é'",
  "f'\\ud800{x}\\udc00' '\\udc00'",
  "'\\ud800' f'\\udc00{x}'",
  "'\\N{LATIN SMALL LETTER A}\\udc00'",
  "'\\U0010ffff'",
  // escape errors
  "'\\N{NOPE}'",
  "'\\N{}'",
  "'\\N'",
  "'\\Nx'",
  "'\\N{LATIN'",
  "'é\\x1'",
  "'\\x'",
  "'\\u12'",
  "'\\U1234567'",
  "'\\U00110000'",
  "b'\\x1'",
  "b'\\xg0'",
  "x = 1\nb'a\\x4'",
  "b'é'",
  "x = (1,\n  b'\\xff' b'é')",
  "b'a' 'b'",
  "'a' b'b'",
  "f'{x}' b'y'",
  "b'y' f'{x}'",
  // f-strings
  "f''",
  "f'abc'",
  "f'{x}'",
  "f'a{x}b{y}c'",
  "x =    f'{a}' f'{b}'",
  "x =    f'{a}' 'q' f'{b}'",
  "x =    f'{a}{a}'",
  "f'{x!r}{x!s}{x!a}'",
  "f'{x:>10}'",
  "f'{x:{w}.{p}}'",
  "f'{x:a{w}b}'",
  "f'{x:{w}}' 'z'",
  "f'{x=}'",
  "f'{x = }'",
  "f'{x=!s}'",
  "f'{x=:>5}'",
  "f'{x=!r:^5}'",
  "f'{a=}' f'{b = !s:>10}'",
  "f'{3!=4}'",
  "f'{a<b}{a>b}{a<=b}{a>=b}{a==b}'",
  "f'{a[\"}\"]}'",
  "f'{\"a\"}'",
  "f\"{'''a'''}\"",
  "f'{ {\"a\": 1}[\"a\"] }'",
  "f'{(lambda: 1)()}'",
  "f'{x if y else z}'",
  "f'{{}}'",
  "f'a{{b'",
  "f'}}{{'",
  "f'{{{x}}}'",
  "rf'\\{x}\\n'",
  "fr'{x}\\q'",
  "F'{x}' U'y'",
  "u'x' f'{y}'",
  "f'\\N{DIGIT ONE}{x}'",
  "f'\\x41{x}\\n'",
  "f'é{x}'",
  "f'{x}é{y}'",
  "x = 'é' + f'é{y}'",
  "x = (1,\n    f'''ab\n  {x}''')",
  "x =    f'''ab\n  {\nx}'''",
  "x =    f'''ab\n  é{x}'''",
  "f'''{\n  x\n}'''",
  "f'''\n{x}\n{y:{z}}'''",
  "f'{x}' f'''\n{y}'''",
  "f'{ x }'",
  "f'{x,y}'",
  "f'{*x,}'",
  "f'{yield}'",
  "f'{x!r:{y!r}}'",
  "f'{x:{{}}>10}'",
  "f'{x:}'",
  "f'{x:{y}}'",
  // f-string errors
  "f'{}'",
  "f'{ }'",
  "f'{x'",
  "f'{x}}'",
  "f'}'",
  "f'{'",
  "f'{a[}'",
  "f'{a)}'",
  "f'{a(}'",
  "f'{a(]}'",
  "f'{#}'",
  "f'{x#}'",
  "f'{x!z}'",
  "f'{x!}'",
  "f'{x!r'",
  "f'{x:'",
  "f'{x:{y:{z}}}'",
  "f'{\"a}'",
  "f'{a b}'",
  "f'{x:{}}'",
  "f'{!r}'",
  "f'\\N{DIGIT ONE'",
  "f'\\Nx{y}'",
  "f'{x=!z}'",
  "x = 1\nf'{x\\n}'",
  "f'{(}'",
  "f'{)}'",
  "f'{x)'",
  "f'{\"\"\"a}'",
  "f'{=}'",
  "f'{:x}'",
  "f'{ !r}'",
  "f'{ = }'",
];

const SCRIPT = `
import ast, json, sys, warnings
out = []
for src in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = {"dump": ast.dump(ast.parse(src), include_attributes=True)}
        except SyntaxError as e:
            r = {"error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]}
    r["warnings"] = [[x.category.__name__, str(x.message), x.lineno] for x in w]
    out.append(r)
json.dump(out, sys.stdout)
`;

type Result = { dump?: string; error?: unknown[]; warnings?: unknown[] };

function runCPython(programs: string[]): Result[] {
  const py = findCPython();
  return JSON.parse(
    execFileSync(py.executable, ["-I", "-S", "-c", SCRIPT], { input: JSON.stringify(programs), encoding: "utf8", env: cleanEnv(), maxBuffer: 1 << 28 }),
  ) as Result[];
}

function ours(src: string): Result {
  try {
    return { dump: dumpAst(parse(src, "<unknown>", "exec"), { includeAttributes: true }) };
  } catch (e) {
    if (e instanceof CompileError) return { error: [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset] };
    throw e;
  }
}

test("string literals and f-strings: ASTs with positions and SyntaxErrors as CPython's", () => {
  const want = runCPython(PROGRAMS);
  const fails: string[] = [];
  PROGRAMS.forEach((src, i) => {
    const w = { ...want[i] };
    delete w.warnings;
    let got: Result;
    try {
      got = ours(src);
    } catch (e) {
      got = { error: ["JS", String(e)] };
    }
    if (JSON.stringify(got) !== JSON.stringify(w)) fails.push(`${JSON.stringify(src)}\n  CPython: ${JSON.stringify(w)}\n  ours:    ${JSON.stringify(got)}`);
  });
  expect(fails).toEqual([]);
});

// Warnings: the string parser called directly with a host that records them.
class RecordingHost implements StringParserHost {
  warnings: unknown[] = [];
  constructor(private asError = false) {}
  raiseSyntaxError(msg: string): never {
    throw new CompileError("SyntaxError", msg);
  }
  raiseSyntaxErrorKnownLocation(t: StringToken, msg: string): never {
    throw new CompileError("SyntaxError", msg, t.lineno, t.col_offset + 1, null, t.end_lineno, t.end_col_offset + 1);
  }
  warn(category: "DeprecationWarning", message: string, lineno: number): boolean {
    this.warnings.push([category, message, lineno]);
    return this.asError;
  }
  parseFStringExpr(source: string): expr {
    return (parse(source, "<fstring>", "eval") as Expression).body;
  }
}

const WARNING_CASES: string[][] = [
  ["'\\q'"],
  ["'\\8'", "'\\9'"],
  ["'\\777'"],
  ["b'\\777'"],
  ["b'\\q'"],
  ["'\\q\\w'"],
  ["'\\é'"],
  ["f'\\{x}'"],
  ["f'\\q{x}\\w'"],
  ["'a'", "'b\\q'", "f'\\{x}'"],
  ["'\\400'"],
  ["'\\0777'"],
  ["rb'\\q'", "b'\\q'"],
];

test("invalid escapes warn as CPython does (DeprecationWarning, message, line)", () => {
  // CPython: each case is one line of adjacent literals on line 2.
  const want = runCPython(WARNING_CASES.map((c) => "x = 1\n" + c.join(" ")));
  const fails: string[] = [];
  WARNING_CASES.forEach((c, i) => {
    const host = new RecordingHost();
    let col = 0;
    const toks: StringToken[] = c.map((s) => {
      const t = { string: s, lineno: 2, col_offset: col, end_lineno: 2, end_col_offset: col + s.length };
      col += s.length + 1;
      return t;
    });
    _PyPegen_concatenate_strings(host, toks);
    if (JSON.stringify(host.warnings) !== JSON.stringify(want[i].warnings)) {
      fails.push(`${c.join(" ")}: CPython ${JSON.stringify(want[i].warnings)}, ours ${JSON.stringify(host.warnings)}`);
    }
  });
  expect(fails).toEqual([]);
});

test("a warning made an error is a SyntaxError at the token", () => {
  const host = new RecordingHost(true);
  const t = { string: "'\\q'", lineno: 3, col_offset: 4, end_lineno: 3, end_col_offset: 8 };
  expect(() => _PyPegen_concatenate_strings(host, [t])).toThrow(/invalid escape sequence '\\q'/);
  try {
    _PyPegen_concatenate_strings(host, [t]);
  } catch (e) {
    expect([(e as CompileError).lineno, (e as CompileError).offset, (e as CompileError).end_offset]).toEqual([3, 5, 9]);
  }
});

test("decodeUnicodeEscape reports the first invalid escape", () => {
  expect(decodeUnicodeEscape("a\\qb\\w")).toEqual({ value: "a\\qb\\w", firstInvalid: 2 });
  expect(decodeUnicodeEscape("\\777")).toEqual({ value: "\u01ff", firstInvalid: 1 });
});
