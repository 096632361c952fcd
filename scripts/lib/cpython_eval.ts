// Evaluates a batch of Python expressions in ONE launch of the reference CPython and returns, for
// each, its repr or "ExceptionType: message". Unit tests compare Taipan's values with these.
import { execFileSync } from "node:child_process";
import { findCPython, cleanEnv } from "../cpython";

const DRIVER = `
import sys, json
out = []
for src in json.loads(sys.stdin.read()):
    try:
        out.append(repr(eval(src)))
    except BaseException as e:
        out.append("%s: %s" % (type(e).__name__, e))
sys.stdout.write(json.dumps(out))
`;

/** repr(eval(expr)) under CPython for each expression, or "Type: message" when it raises. */
export function evalInCPython(exprs: string[]): string[] {
  const r = execFileSync(findCPython().executable, ["-I", "-S", "-c", DRIVER], {
    input: JSON.stringify(exprs),
    env: cleanEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(r.toString("utf8")) as string[];
}
