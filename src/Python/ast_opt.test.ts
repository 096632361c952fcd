// The compile-time nesting limit (COMPILER_STACK_FRAME_SCALE x the recursion limit, counted by
// astfold_* and symtable_visit_*), compared LIVE with the reference CPython: for each shape, the
// smallest nesting that gives "RecursionError: maximum recursion depth exceeded during compilation".
// A low recursion limit keeps the nesting within the JS stack jest runs on.
import { execFileSync } from "node:child_process";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { CompileError } from "../Parser/errors";
import { parse } from "../Parser/parse";
import { compileAST } from "./compile";
import { tstate } from "./pystate";

const LIMIT = 250;
// Python-side builders of each source, by shape; the JS side builds the same text.
const SHAPES: Record<string, [py: string, js: (n: number) => string]> = {
  binop: ["'x = ' + '1+'*n + '1'", (n) => "x = " + "1+".repeat(n) + "1"],
  attribute: ["'x = a' + '.b'*n", (n) => "x = a" + ".b".repeat(n)],
  call: ["'f' + '()'*n", (n) => "f" + "()".repeat(n)],
  in_function: ["'def g():\\n return -a' + '.b'*n", (n) => "def g():\n return -a" + ".b".repeat(n)],
  unary: ["'x = ' + '-'*n + 'y'", (n) => "x = " + "-".repeat(n) + "y"],
};

// Runs at depth 4 in CPython (module, the dict comprehension, first_fail, compile itself).
const PY = `
import sys, json
def first_fail(make):
    lo, hi = 1, 2000
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            compile(make(mid), 'f', 'exec')
            lo = mid + 1
        except RecursionError:
            hi = mid
    return lo
shapes = json.loads(sys.argv[1])
sys.setrecursionlimit(${LIMIT})
print(json.dumps({k: first_fail(eval('lambda n: ' + v)) for k, v in shapes.items()}))
`;

function taipanFirstFail(make: (n: number) => string): number {
  let lo = 1;
  let hi = 2000;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      compileAST(parse(make(mid), "f", "exec"), "f");
      lo = mid + 1;
    } catch (e) {
      if (!(e instanceof CompileError) || e.type !== "RecursionError") throw e;
      expect(e.msg).toBe("maximum recursion depth exceeded during compilation");
      hi = mid;
    }
  }
  return lo;
}

test("nesting past the compiler's recursion budget: RecursionError at CPython's depth", () => {
  const py = findCPython();
  const shapes = Object.fromEntries(Object.entries(SHAPES).map(([k, [src]]) => [k, src]));
  const ref = JSON.parse(execFileSync(py.executable, ["-I", "-S", "-c", PY, JSON.stringify(shapes)], { env: cleanEnv(), encoding: "utf-8" }));
  const saved = { ...tstate };
  try {
    tstate.recursion_limit = LIMIT;
    tstate.recursion_depth = 4;
    tstate.c_recursion_depth = 0;
    const got = Object.fromEntries(Object.entries(SHAPES).map(([k, [, make]]) => [k, taipanFirstFail(make)]));
    expect(got).toEqual(ref);
  } finally {
    Object.assign(tstate, saved);
  }
});
