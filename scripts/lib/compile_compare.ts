// The reference CPython as a long-running worker that compares code objects: ours arrive
// marshalled; it compiles the same file with CPython's compile() and compares them recursively
// (used by conformance:compile and the compiler's jest tests).
import { spawn, ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import { findCPython, cleanEnv } from "../cpython";
import { AST_TO_JSON_PY } from "./cpython_ast";

export const WORKER_PY = `
import sys, json, marshal, dis, io, base64, types, warnings
warnings.simplefilter("ignore")
${AST_TO_JSON_PY}
FIELDS = ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
          "co_code", "co_names", "co_varnames", "co_cellvars", "co_freevars", "co_filename", "co_name",
          "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable"]

def const_eq(x, y):
    if type(x) is not type(y):
        return False
    if isinstance(x, (float, complex)):
        return repr(x) == repr(y)
    if isinstance(x, tuple):
        return len(x) == len(y) and all(const_eq(a, b) for a, b in zip(x, y))
    if isinstance(x, types.CodeType):
        return True
    return x == y

def compare(ref, ours, where):
    bad = [f for f in FIELDS if getattr(ref, f) != getattr(ours, f)]
    detail = {}
    for f in bad:
        if f not in ("co_code", "co_linetable", "co_exceptiontable"):
            detail[f] = [repr(getattr(ref, f)), repr(getattr(ours, f))]
    if len(ref.co_consts) != len(ours.co_consts):
        bad.append("co_consts")
        detail["co_consts"] = [repr(ref.co_consts), repr(ours.co_consts)]
    else:
        for i, (x, y) in enumerate(zip(ref.co_consts, ours.co_consts)):
            if not const_eq(x, y):
                bad.append("co_consts[%d]" % i)
                detail["co_consts[%d]" % i] = [repr(x), repr(y)]
                break
    if bad:
        return where, bad, detail, ref, ours
    for x, y in zip(ref.co_consts, ours.co_consts):
        if isinstance(x, types.CodeType) and isinstance(y, types.CodeType):
            r = compare(x, y, where + "." + x.co_name)
            if r:
                return r
    return None

def dis_text(co, positions):
    f = io.StringIO()
    if positions:
        # one line per instruction with its (line, end line, column, end column)
        for ins in dis.get_instructions(co):
            f.write("%5d %-28s %-24s %r\\n" % (ins.offset, ins.opname, ins.argrepr[:24], tuple(ins.positions)))
    else:
        try:
            dis.dis(co, file=f, depth=0)
        except Exception as e:
            f.write("dis failed: %r\\n" % (e,))
    return f.getvalue()

def handle(req):
    path = req["path"]
    if "source" in req:
        source = req["source"].encode("utf-8", "surrogatepass")
    else:
        with open(path, "rb") as fp:
            source = fp.read()
    if req["op"] == "ast":
        import ast
        return {"ast": ast_to_json(ast.parse(source, path))}
    try:
        ref = compile(source, path, req.get("mode", "exec"), dont_inherit=True, optimize=req.get("optimize", 0))
    except SyntaxError as e:
        return {"ref_error": "%s: %s (line %s)" % (type(e).__name__, e.msg, e.lineno)}
    if "error" in req:
        return {"ok": False, "where": "<module>", "fields": ["compile"], "detail": {"error": [None, req["error"]]}}
    ours = marshal.loads(base64.b64decode(req["code"]))
    r = compare(ref, ours, ref.co_name)
    if r is None:
        return {"ok": True}
    where, bad, detail, a, b = r
    pos = bad == ["co_linetable"]
    return {"ok": False, "where": where, "fields": bad, "detail": detail, "ref_dis": dis_text(a, pos), "ours_dis": dis_text(b, pos)}

for line in sys.stdin:
    try:
        out = handle(json.loads(line))
    except Exception as e:
        out = {"ok": False, "where": "?", "fields": ["worker"], "detail": {"worker": [None, "%s: %s" % (type(e).__name__, e)]}}
    sys.stdout.write(json.dumps(out) + "\\n")
    sys.stdout.flush()
`;

export interface Reply {
  ok?: boolean;
  ast?: unknown;
  ref_error?: string;
  where?: string;
  fields?: string[];
  detail?: Record<string, [string | null, string]>;
  ref_dis?: string;
  ours_dis?: string;
}

export class CompileWorker {
  private proc!: ChildProcessWithoutNullStreams;
  private waiting: ((r: Reply) => void)[] = [];
  private closed = false;
  constructor() {
    this.start();
  }
  /** Starts the CPython process; when it dies, pending questions get a "worker" failure and it restarts. */
  private start(): void {
    const proc = spawn(findCPython().executable, ["-I", "-S", "-c", WORKER_PY], { env: cleanEnv() });
    this.proc = proc;
    proc.stderr.on("data", (d: Buffer) => process.stderr.write(d));
    proc.stdin.on("error", () => {});
    createInterface({ input: proc.stdout }).on("line", (line) => this.waiting.shift()?.(JSON.parse(line) as Reply));
    proc.on("exit", (code, signal) => {
      const pending = this.waiting.splice(0);
      for (const done of pending)
        done({ ok: false, where: "?", fields: ["worker"], detail: { worker: [null, `CPython worker died (${signal ?? code})`] } });
      if (!this.closed) this.start();
    });
  }
  ask(req: object): Promise<Reply> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.proc.stdin.write(JSON.stringify(req) + "\n", () => {});
    });
  }
  close(): void {
    this.closed = true;
    this.proc.stdin.end();
  }
}

