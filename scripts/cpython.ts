// The one place that finds the reference CPython 3.11 (DESIGN.md, "The reference CPython").
// Every other part of the project asks this module; nothing else guesses paths.
//
// Order: $TAIPAN_CPYTHON if set (and then only it), else `python3.11`, else `python3` if it is 3.11.
// A candidate is probed once with `-I -S` so that no PYTHON* variable or site-packages .pth file
// of this machine leaks into what we learn; the probe reports `sys.executable`, so a shell shim
// (pyenv's costs ~0.3 s a launch) is resolved to the real binary that everything else runs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const REQUIRED = { major: 3, minor: 11 } as const;
export const INSTALL_HINT = "apt-get update && apt-get install -y python3.11 libpython3.11-testsuite";
export const TESTSUITE_HINT = "apt-get update && apt-get install -y libpython3.11-testsuite";

export interface CPython {
  /** The command we were given or found (may be a shim). */
  command: string;
  /** The real executable (`sys.executable`). */
  executable: string;
  /** Exact version, e.g. "3.11.7". */
  version: string;
  versionInfo: [number, number, number];
  /** Directory of the pure-Python standard library (`sysconfig.get_paths()["stdlib"]`). */
  stdlib: string;
  /** Directory of the `test` package (CPython's Lib/test). */
  testDir: string;
}

export class CPythonNotFound extends Error {
  constructor(message: string, readonly fix: string) {
    super(message);
    this.name = "CPythonNotFound";
  }
}

interface Probe {
  implementation: string;
  version: string;
  version_info: [number, number, number];
  executable: string;
  stdlib: string;
  test_dir: string | null;
  test_support_error: string | null;
}

const PROBE = `
import json, sys, sysconfig, importlib.util
err = None
try:
    import test.support
except BaseException as e:
    err = "%s: %s" % (type(e).__name__, e)
spec = importlib.util.find_spec("test")
tdir = None
if spec is not None and spec.submodule_search_locations:
    tdir = list(spec.submodule_search_locations)[0]
print(json.dumps({
    "implementation": sys.implementation.name,
    "version": "%d.%d.%d" % sys.version_info[:3],
    "version_info": list(sys.version_info[:3]),
    "executable": sys.executable,
    "stdlib": sysconfig.get_paths()["stdlib"],
    "test_dir": tdir,
    "test_support_error": err,
}))
`;

/** Runs the probe under `command`; returns undefined when it cannot be run at all. */
function probe(command: string, env: NodeJS.ProcessEnv): Probe | string {
  let out: string;
  try {
    out = execFileSync(command, ["-I", "-S", "-c", PROBE], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 30000,
      env: cleanEnv(env),
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === "ENOENT") return `${command}: command not found`;
    const detail = (err.stderr ?? "").trim().split("\n").pop() || err.message;
    return `${command} failed to run the probe: ${detail}`;
  }
  const line = out.trim().split("\n").pop() ?? "";
  try {
    const p = JSON.parse(line) as Probe;
    if (typeof p.version !== "string" || typeof p.executable !== "string") throw new Error("bad probe");
    return p;
  } catch {
    return `${command} is not a CPython interpreter (its answer to the probe was ${JSON.stringify(out.slice(0, 80))})`;
  }
}

/** An environment for running the reference CPython that does not leak this machine's settings. */
export function cleanEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith("PYTHON")) continue;
    out[k] = v;
  }
  return out;
}

function which(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? "").split(":")) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

function accept(command: string, p: Probe, fromEnv: boolean): CPython {
  const where = fromEnv ? `TAIPAN_CPYTHON=${command}` : command;
  const fixEnv = fromEnv
    ? `unset TAIPAN_CPYTHON, or point it at a CPython 3.11 executable (install one with: ${INSTALL_HINT})`
    : INSTALL_HINT;
  if (p.implementation !== "cpython") {
    throw new CPythonNotFound(`${where} is ${p.implementation} ${p.version}, not CPython`, fixEnv);
  }
  if (p.version_info[0] !== REQUIRED.major || p.version_info[1] !== REQUIRED.minor) {
    throw new CPythonNotFound(`${where} is CPython ${p.version}, not ${REQUIRED.major}.${REQUIRED.minor}`, fixEnv);
  }
  if (p.test_support_error !== null || p.test_dir === null) {
    throw new CPythonNotFound(
      `${where} (CPython ${p.version}) has no usable test package: ${p.test_support_error ?? "no module named 'test'"}`,
      TESTSUITE_HINT,
    );
  }
  return {
    command,
    executable: p.executable,
    version: p.version,
    versionInfo: p.version_info,
    stdlib: p.stdlib,
    testDir: p.test_dir,
  };
}

/** Finds the reference CPython without any cache. Throws CPythonNotFound with the fix. */
export function locateCPython(env: NodeJS.ProcessEnv = process.env): CPython {
  const forced = env.TAIPAN_CPYTHON;
  if (forced !== undefined && forced !== "") {
    const r = probe(forced, env);
    if (typeof r === "string") {
      throw new CPythonNotFound(
        `TAIPAN_CPYTHON=${forced} is not usable: ${r}`,
        `unset TAIPAN_CPYTHON, or point it at a CPython 3.11 executable (install one with: ${INSTALL_HINT})`,
      );
    }
    return accept(forced, r, true);
  }
  const tried: string[] = [];
  let firstError: CPythonNotFound | undefined;
  for (const name of ["python3.11", "python3"]) {
    if (!which(name, env)) {
      tried.push(`${name}: not on PATH`);
      continue;
    }
    const r = probe(name, env);
    if (typeof r === "string") {
      tried.push(r);
      continue;
    }
    try {
      return accept(name, r, false);
    } catch (e) {
      if (!(e instanceof CPythonNotFound)) throw e;
      tried.push(e.message);
      firstError ??= e;
    }
  }
  if (firstError && firstError.fix === TESTSUITE_HINT) throw firstError;
  throw new CPythonNotFound(`no CPython 3.11 found (${tried.join("; ")})`, INSTALL_HINT);
}

const CACHE_DIR = resolve(__dirname, "..", "node_modules", ".cache", "taipan");

/**
 * Finds the reference CPython, caching the answer (keyed by TAIPAN_CPYTHON and PATH, checked
 * against the executable's mtime) so that tools launched many times do not pay for the probe.
 */
export function findCPython(env: NodeJS.ProcessEnv = process.env): CPython {
  const key = JSON.stringify([env.TAIPAN_CPYTHON ?? "", env.PATH ?? ""]);
  const file = join(CACHE_DIR, "cpython.json");
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as { key: string; mtime: number; py: CPython };
    if (cached.key === key && existsSync(cached.py.executable) && statSync(cached.py.executable).mtimeMs === cached.mtime) {
      return cached.py;
    }
  } catch {
    /* no cache yet */
  }
  const py = locateCPython(env);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify({ key, mtime: statSync(py.executable).mtimeMs, py }));
  } catch {
    /* a read-only tree still works, just slower */
  }
  return py;
}
