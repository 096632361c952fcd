// dumpAst compared LIVE with CPython's ast.dump: trees built by hand here, and the same source
// parsed and dumped by the reference CPython (one run for all cases).
import { execFileSync } from "node:child_process";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import * as A from "./ast";
import { dumpAst, DumpOptions, constant_repr } from "./ast_dump";

interface Case {
  source: string;
  mode: "exec" | "eval";
  opts: DumpOptions;
  tree: A.AST;
}

// Positions are (lineno, col_offset, end_lineno, end_col_offset); p(c0, c1) on line 1.
const p = (c0: number, c1: number, l0 = 1, l1 = l0): [number, number, number, number] => [l0, c0, l1, c1];
const C = (v: A.ConstantValue, c0: number, c1: number, kind: string | null = null) => new A.Constant(v, kind, ...p(c0, c1));
const N = (id: string, c0: number, c1: number, ctx: A.expr_context = A.Load) => new A.Name(id, ctx, ...p(c0, c1));
const E = (e: A.expr) => new A.Expr(e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
const mod = (...body: A.stmt[]) => new A.Module(body, []);
const expr = (e: A.expr) => new A.Expression(e);

const ALL = { includeAttributes: true };
const cases: Case[] = [
  { source: "x + 1", mode: "eval", opts: {}, tree: expr(new A.BinOp(N("x", 0, 1), A.Add, C(1n, 4, 5), ...p(0, 5))) },
  { source: "x + 1", mode: "eval", opts: ALL, tree: expr(new A.BinOp(N("x", 0, 1), A.Add, C(1n, 4, 5), ...p(0, 5))) },
  { source: "x + 1", mode: "eval", opts: { ...ALL, indent: 2 }, tree: expr(new A.BinOp(N("x", 0, 1), A.Add, C(1n, 4, 5), ...p(0, 5))) },
  { source: "x + 1", mode: "eval", opts: { indent: "--" }, tree: expr(new A.BinOp(N("x", 0, 1), A.Add, C(1n, 4, 5), ...p(0, 5))) },
  { source: "x + 1", mode: "eval", opts: { annotateFields: false }, tree: expr(new A.BinOp(N("x", 0, 1), A.Add, C(1n, 4, 5), ...p(0, 5))) },
  {
    source: "return",
    mode: "exec",
    opts: { annotateFields: false, includeAttributes: true },
    tree: mod(new A.Return(null, ...p(0, 6))),
  },
  // Constants of every kind.
  ...(
    [
      ["None", null],
      ["True", true],
      ["False", false],
      ["...", A.EllipsisValue],
      ["123456789012345678901234567890", 123456789012345678901234567890n],
      ["1.5", 1.5],
      ["1e300", 1e300],
      ["0.1", 0.1],
      ["1e16", 1e16],
      ["2j", new A.ComplexValue(0, 2)],
      ["1.5e-7j", new A.ComplexValue(0, 1.5e-7)],
      ["'it\\'s \"q\"\\n\\x00\\u2028é'", "it's \"q\"\n\x00\u2028é"],
      ["b'\\x00\\'\\xff'", Uint8Array.from([0, 0x27, 0xff])],
    ] as [string, A.ConstantValue][]
  ).map(([src, v]): Case => ({ source: src, mode: "eval", opts: ALL, tree: expr(C(v, 0, Buffer.byteLength(src))) })),
  { source: "u'x'", mode: "eval", opts: ALL, tree: expr(C("x", 0, 4, "u")) },
  {
    source: "{**a, 'k': v}",
    mode: "eval",
    opts: ALL,
    tree: expr(new A.Dict([null, C("k", 6, 9)], [N("a", 3, 4), N("v", 11, 12)], ...p(0, 13))),
  },
  {
    source: "from .. import a as b, c",
    mode: "exec",
    opts: ALL,
    tree: mod(new A.ImportFrom(null, [new A.alias("a", "b", ...p(15, 21)), new A.alias("c", null, ...p(23, 24))], 2, ...p(0, 24))),
  },
  {
    source: "def f(a, /, b=1, *c, d, e=2, **k) -> r: pass",
    mode: "exec",
    opts: { ...ALL, indent: 1 },
    tree: mod(
      new A.FunctionDef(
        "f",
        new A.arguments(
          [new A.arg("a", null, null, ...p(6, 7))],
          [new A.arg("b", null, null, ...p(12, 13))],
          new A.arg("c", null, null, ...p(18, 19)),
          [new A.arg("d", null, null, ...p(21, 22)), new A.arg("e", null, null, ...p(24, 25))],
          [null, C(2n, 26, 27)],
          new A.arg("k", null, null, ...p(31, 32)),
          [C(1n, 14, 15)],
        ),
        [new A.Pass(...p(40, 44))],
        [],
        N("r", 37, 38),
        null,
        ...p(0, 44),
      ),
    ),
  },
  {
    source: "match x:\n case None | [*_] | {'a': 1, **r}: a = b.c[1:2, ::3]",
    mode: "exec",
    opts: ALL,
    tree: mod(
      new A.Match(
        N("x", 6, 7),
        [
          new A.match_case(
            new A.MatchOr(
              [
                new A.MatchSingleton(null, ...p(6, 10, 2)),
                new A.MatchSequence([new A.MatchStar(null, ...p(14, 16, 2))], ...p(13, 17, 2)),
                new A.MatchMapping([new A.Constant("a", null, ...p(21, 24, 2))], [new A.MatchValue(new A.Constant(1n, null, ...p(26, 27, 2)), ...p(26, 27, 2))], "r", ...p(20, 33, 2)),
              ],
              ...p(6, 33, 2),
            ),
            null,
            [
              new A.Assign(
                [new A.Name("a", A.Store, ...p(35, 36, 2))],
                new A.Subscript(
                  new A.Attribute(new A.Name("b", A.Load, ...p(39, 40, 2)), "c", A.Load, ...p(39, 42, 2)),
                  new A.Tuple(
                    [
                      new A.Slice(new A.Constant(1n, null, ...p(43, 44, 2)), new A.Constant(2n, null, ...p(45, 46, 2)), null, ...p(43, 46, 2)),
                      new A.Slice(null, null, new A.Constant(3n, null, ...p(50, 51, 2)), ...p(48, 51, 2)),
                    ],
                    A.Load,
                    ...p(43, 51, 2),
                  ),
                  A.Load,
                  ...p(39, 52, 2),
                ),
                null,
                ...p(35, 52, 2),
              ),
            ],
          ),
        ],
        ...p(0, 52, 1, 2),
      ),
    ),
  },
  {
    source: "f(*a, k=1, **m) if not x < y <= z else -u",
    mode: "eval",
    opts: { indent: 0 },
    tree: expr(
      new A.IfExp(
        new A.UnaryOp(A.Not, new A.Compare(N("x", 23, 24), [A.Lt, A.LtE], [N("y", 27, 28), N("z", 32, 33)], ...p(23, 33)), ...p(19, 33)),
        new A.Call(
          N("f", 0, 1),
          [new A.Starred(N("a", 3, 4), A.Load, ...p(2, 4))],
          [new A.keyword("k", C(1n, 8, 9), ...p(6, 9)), new A.keyword(null, N("m", 13, 14), ...p(11, 14))],
          ...p(0, 15),
        ),
        new A.UnaryOp(A.USub, N("u", 40, 41), ...p(39, 41)),
        ...p(0, 41),
      ),
    ),
  },
];

const SCRIPT = `
import ast, json, sys
out = []
for c in json.load(sys.stdin):
    o = c["opts"]
    kw = {"include_attributes": o.get("includeAttributes", False), "annotate_fields": o.get("annotateFields", True)}
    if "indent" in o:
        kw["indent"] = o["indent"]
    out.append(ast.dump(ast.parse(c["source"], mode=c["mode"]), **kw))
json.dump(out, sys.stdout)
`;

test("dumpAst matches CPython's ast.dump for hand-built trees", () => {
  const py = findCPython();
  const want = JSON.parse(
    execFileSync(py.executable, ["-I", "-S", "-c", SCRIPT], {
      input: JSON.stringify(cases.map((c) => ({ source: c.source, mode: c.mode, opts: c.opts }))),
      env: cleanEnv(),
      encoding: "utf8",
    }),
  ) as string[];
  const got = cases.map((c) => dumpAst(c.tree, c.opts));
  expect(got).toEqual(want);
});

test("constant_repr of tuples and bad values", () => {
  expect(constant_repr([1n, "a", [2.5]])).toBe("(1, 'a', (2.5,))");
  expect(constant_repr([])).toBe("()");
  expect(() => constant_repr({} as unknown as A.ConstantValue)).toThrow(TypeError);
});
