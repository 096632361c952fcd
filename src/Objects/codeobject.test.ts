// The code object's decoders (co_positions, co_lines, the exception table) and derived attributes
// (co_varnames, co_cellvars, co_freevars, co_nlocals) against CPython's, live, on code objects that
// Taipan compiled identically to CPython.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { compileSource } from "../Python/compile";
import { CodeObject } from "./codeobject";

const PY = findCPython();
const SOURCES: [string, string][] = [
  ["<a>", "def f(a, b):\n    def g():\n        return a\n    try:\n        x = (a +\n             b)\n    except E as e:\n        raise\n    return [i for i in g() if i]\n"],
  ["<b>", "class C:\n    def m(self, *args, k=1, **kw):\n        return super().m(*args, **kw)\nwith open(p) as f:\n    print(f.read(), end='')\n"],
  ["dataclasses.py", readFileSync(join(PY.stdlib, "dataclasses.py"), "utf8")],
];

const DUMP = `
import dis, json, sys, types
def walk(co, out):
    out.append({"positions": [list(p) for p in co.co_positions()], "lines": [list(l) for l in co.co_lines()],
                "table": [[e.start, e.end, e.target, e.depth, e.lasti] for e in dis._parse_exception_table(co)],
                "varnames": list(co.co_varnames), "cellvars": list(co.co_cellvars), "freevars": list(co.co_freevars),
                "nlocals": co.co_nlocals})
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, out)
    return out
print(json.dumps([walk(compile(src, name, "exec", dont_inherit=True), []) for name, src in json.loads(sys.stdin.read())]))
`;

function walk(co: CodeObject, out: unknown[]): unknown[] {
  out.push({
    positions: co.co_positions(),
    lines: co.co_lines(),
    table: co.exceptionTable().map((e) => [e.start * 2, e.end * 2, e.target * 2, e.depth, e.lasti]),
    varnames: co.co_varnames,
    cellvars: co.co_cellvars,
    freevars: co.co_freevars,
    nlocals: co.co_nlocals,
  });
  for (const c of co.co_consts) if (c instanceof CodeObject) walk(c, out);
  return out;
}

test("co_positions, co_lines, exception table and localsplus views match CPython's", () => {
  const expected = JSON.parse(
    execFileSync(PY.executable, ["-I", "-S", "-c", DUMP], { input: JSON.stringify(SOURCES), encoding: "utf8", env: cleanEnv(), maxBuffer: 1 << 28 }),
  ) as unknown[];
  SOURCES.forEach(([name, src], i) => {
    expect(walk(compileSource(src, name, "exec"), [])).toEqual(expected[i]);
  });
});
