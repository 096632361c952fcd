// The parser generator on toy grammars: each test builds a parser from a grammar text, runs it on a
// toy token stream, and checks what only the behaviour under test can give.
import { transformSync } from "esbuild";
import { CompileError } from "../../src/Parser/errors";
import { EXACT_TOKEN_TYPES } from "../../src/Parser/token";
import type { Token, TokenSource } from "../../src/Parser/pegen";
import { generateFromText } from "./build";
import { parseGrammar } from "./grammar";
import { computeLeftRecursives, computeNullables } from "./analysis";

const NAME = 1, NUMBER = 2, NEWLINE = 4, ENDMARKER = 0;

/** A one-line toy tokenizer: names, numbers and the operators of Python. */
class ToyTokens implements TokenSource {
  private toks: Token[] = [];
  private i = 0;
  constructor(readonly src: string) {
    const ops = Object.keys(EXACT_TOKEN_TYPES).sort((a, b) => b.length - a.length);
    let pos = 0;
    const push = (type: number, s: string, start: number): void => {
      this.toks.push({ type, string: s, lineno: 1, col_offset: start, end_lineno: 1, end_col_offset: start + s.length, level: 0 });
    };
    while (pos < src.length) {
      const rest = src.slice(pos);
      let m: RegExpExecArray | null;
      if ((m = /^\s+/.exec(rest))) pos += m[0].length;
      else if ((m = /^[A-Za-z_]\w*/.exec(rest))) (push(NAME, m[0], pos), (pos += m[0].length));
      else if ((m = /^\d+/.exec(rest))) (push(NUMBER, m[0], pos), (pos += m[0].length));
      else {
        const op = ops.find((o) => rest.startsWith(o));
        if (!op) throw new Error(`toy tokenizer: ${rest}`);
        push(EXACT_TOKEN_TYPES[op] as number, op, pos);
        pos += op.length;
      }
    }
    push(NEWLINE, "", src.length);
    push(ENDMARKER, "", src.length);
  }
  next(): Token {
    const t = this.toks[Math.min(this.i++, this.toks.length - 1)];
    return { ...t };
  }
  getLine(): string {
    return this.src + "\n";
  }
  lineno = 1;
  done = 10;
  encoding = "utf-8";
  level = 0;
  parenstack = [];
  parenlinenostack = [];
  parencolstack = [];
  curByteCol(): number {
    return 0;
  }
  errorLine(): string {
    return this.src + "\n";
  }
}

type ParserClass = new (tok: TokenSource, filename: string, mode: string) => { run_parser(): unknown; [k: string]: any };

function build(grammar: string): ParserClass {
  const text = `@subheader '''\nimport { Parser, NO_MEMO, MAXSTACK, type Token, type NameNode } from "RUNTIME";\n'''\n${grammar}`;
  const ts = generateFromText(text, "ToyParser", "a toy grammar");
  const js = transformSync(ts, { loader: "ts", format: "cjs" }).code;
  const mod = { exports: {} as Record<string, unknown> };
  const req = (name: string): unknown => (name === "RUNTIME" ? require("../../src/Parser/pegen") : require(name));
  new Function("require", "module", "exports", js)(req, mod, mod.exports);
  return mod.exports.ToyParser as ParserClass;
}

function parse(P: ParserClass, src: string): unknown {
  return new P(new ToyTokens(src), "<toy>", "exec").run_parser();
}

function errorOf(P: ParserClass, src: string): CompileError {
  try {
    parse(P, src);
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("pegen generator", () => {
  test("direct left recursion is left-associative", () => {
    const P = build(`
start: e=expr NEWLINE ENDMARKER { e }
expr:
    | a=expr '-' b=term { \`(\${a}-\${b})\` }
    | term
term: n=NUMBER { String((n as any).value) }
`);
    expect(parse(P, "1 - 2 - 3")).toBe("((1-2)-3)");
    expect(parse(P, "7")).toBe("7");
  });

  test("indirect left recursion picks a leader and grows through it", () => {
    const grammar = `
start: f=foo NEWLINE ENDMARKER { f }
foo: b=bar 'and' { \`[\${b} and]\` } | 'not' { 'not' }
bar: f=foo 'or' { \`<\${f} or>\` } | 'in' { 'in' }
`;
    const g = parseGrammar(grammar);
    computeNullables(g);
    computeLeftRecursives(g);
    expect(g.rules.get("foo")!.leftRecursive && g.rules.get("bar")!.leftRecursive).toBe(true);
    expect(g.rules.get("bar")!.leader).toBe(true); // the smaller name of the two candidates
    expect(g.rules.get("foo")!.leader).toBe(false);
    const P = build(grammar);
    expect(parse(P, "in and or and")).toBe("[<[in and] or> and]");
    expect(parse(P, "not or and")).toBe("[<not or> and]");
  });

  test("lookaheads do not consume and can reject", () => {
    const P = build(`
start: a=item+ NEWLINE ENDMARKER { a.join(",") }
item:
    | n=NAME &'(' '(' ')' { \`call:\${(n as any).id}\` }
    | n=NAME !'=' { \`name:\${(n as any).id}\` }
    | n=NAME '=' v=NUMBER { \`set:\${(n as any).id}\` }
`);
    expect(parse(P, "f() x y = 1")).toBe("call:f,name:x,set:y");
  });

  test("a cut commits to its alternative", () => {
    const withCut = build(`
start: '(' ~ n=NAME ')' NEWLINE ENDMARKER { 'name' } | '(' NUMBER ')' NEWLINE ENDMARKER { 'number' }
`);
    const withoutCut = build(`
start: '(' n=NAME ')' NEWLINE ENDMARKER { 'name' } | '(' NUMBER ')' NEWLINE ENDMARKER { 'number' }
`);
    expect(parse(withoutCut, "(1)")).toBe("number");
    expect(parse(withCut, "(x)")).toBe("name");
    expect(errorOf(withCut, "(1)").msg).toBe("invalid syntax");
  });

  test("gathers collect the elements without the separators", () => {
    const P = build(`
start: a=','.NAME+ [','] NEWLINE ENDMARKER { a.map((n: any) => n.id).join("|") }
`);
    expect(parse(P, "a, b, c")).toBe("a|b|c");
    expect(parse(P, "a, b,")).toBe("a|b");
    expect(parse(P, "a")).toBe("a");
  });

  test("optional items, loops and groups", () => {
    const P = build(`
start: a=[x=NAME '=' { x }] b=NUMBER* c=('+' | '-')+ NEWLINE ENDMARKER {
    \`\${a ? (a as any).id : "-"}:\${b.length}:\${c.map((t: any) => t.string).join("")}\` }
`);
    expect(parse(P, "x = 1 2 + -")).toBe("x:2:+-");
    expect(parse(P, "+")).toBe("-:0:+");
  });

  test("memoized rules are parsed once per position", () => {
    const grammar = (memo: string) => `
start: x '+' NEWLINE ENDMARKER { (p as any).calls } | x '-' NEWLINE ENDMARKER { (p as any).calls }
x${memo}: n=NAME { ((p as any).calls = ((p as any).calls ?? 0) + 1, n) }
`;
    expect(parse(build(grammar(" (memo)")), "a -")).toBe(1);
    expect(parse(build(grammar("")), "a -")).toBe(2);
  });

  test("forced tokens raise 'expected' at once", () => {
    const P = build(`
start: 'if' &&':' NAME NEWLINE ENDMARKER { 'ok' }
`);
    expect(parse(P, "if : x")).toBe("ok");
    const e = errorOf(P, "if x");
    expect([e.msg, e.offset]).toEqual(["expected ':'", 4]);
  });

  test("invalid_ alternatives run only in the second pass", () => {
    const grammar = `
start: NAME NEWLINE ENDMARKER { 'one' } | invalid_two
invalid_two: NAME a=NAME { p.raise_error_known_location("SyntaxError", a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, "two names") }
`;
    const P = build(grammar);
    expect(parse(P, "a")).toBe("one");
    const e = errorOf(P, "a b");
    expect([e.msg, e.offset, e.end_offset]).toEqual(["two names", 3, 4]);
    // Without the second pass the generic error would point at the token that stopped the parse.
    const Q = build(grammar.replace("| invalid_two", ""));
    expect(errorOf(Q, "a b").msg).toBe("invalid syntax");
  });

  test("*_without_invalid rules switch the invalid_ rules off, even in the second pass", () => {
    const grammar = (inner: string) => `
start: NAME NEWLINE ENDMARKER { 'one' } | NAME ${inner} NEWLINE ENDMARKER { 'two' }
${inner}: '+' NAME { 'plus' } | invalid_thing
invalid_thing: a=NAME { p.raise_error_known_location("SyntaxError", a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, "thing") }
`;
    expect(errorOf(build(grammar("x_with_invalid")), "a b").msg).toBe("thing");
    const e = errorOf(build(grammar("x_without_invalid")), "a b");
    expect([e.msg, e.offset]).toEqual(["invalid syntax", 3]);
  });

  test("generic errors point at the last token the first pass read", () => {
    const P = build(`
start: NAME '+' NAME NEWLINE ENDMARKER { 'ok' }
`);
    const e = errorOf(P, "a + +");
    expect([e.msg, e.lineno, e.offset, e.end_offset]).toEqual(["invalid syntax", 1, 5, 6]);
  });
});
