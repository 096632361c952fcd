// parse()'s warnings hook, compared LIVE with the reference CPython: the warnings compile(...,
// PyCF_ONLY_AST) emits (category, message, line), and the SyntaxError raised in their place when
// the warnings filter is "error".
import { execFileSync } from "node:child_process";
import { findCPython, cleanEnv } from "../../scripts/cpython";
import { CompileError } from "./errors";
import { parse } from "./parse";

const SOURCES = [
  "x = '\\d'\n",
  "x = b'a\\qb'\n",
  "x = '\\777'\n",
  "x = 1\ny = '''a\n\\q'''\n",
  "x = f'\\{y}'\n",
  "x = f'{y}\\d {z!r:\\w}'\n",
  "x = ('a'\n     '\\d' f'{1}')\n",
  "x = rf'\\d{y}' + '\\p'\n",
  "x = '\\d' '\\e'\n",
  "x = 1\n",
];

const PY = `
import ast, json, sys, warnings
out = []
for src in json.loads(sys.argv[1]):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "f", "exec", ast.PyCF_ONLY_AST)
    warned = [[x.category.__name__, str(x.message), x.lineno] for x in w]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "f", "exec", ast.PyCF_ONLY_AST)
            err = None
        except SyntaxError as e:
            err = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    out.append({"warned": warned, "error": err})
print(json.dumps(out))
`;

function taipan(src: string): { warned: unknown[]; error: unknown } {
  const warned: unknown[] = [];
  parse(src, "f", "exec", { warn: (category, message, lineno) => void warned.push([category, message, lineno]) });
  let error: unknown = null;
  try {
    parse(src, "f", "exec", { warn: () => true });
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    error = [e.type, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
  }
  return { warned, error };
}

test("invalid escape sequences: DeprecationWarning through the hook, SyntaxError as an error, as CPython", () => {
  const py = findCPython();
  const ref = JSON.parse(execFileSync(py.executable, ["-I", "-S", "-c", PY, JSON.stringify(SOURCES)], { env: cleanEnv(), encoding: "utf-8" }));
  const got = SOURCES.map(taipan);
  for (let i = 0; i < SOURCES.length; i++) expect({ src: SOURCES[i], ...got[i] }).toEqual({ src: SOURCES[i], ...ref[i] });
  // The cases really warn (the test would pass vacuously otherwise).
  expect(got.filter((g) => g.warned.length > 0).length).toBeGreaterThanOrEqual(8);
});
