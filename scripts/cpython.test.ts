import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { locateCPython, findCPython, CPythonNotFound, cleanEnv, INSTALL_HINT, TESTSUITE_HINT } from "./cpython";

/** A fake interpreter: a shell script that answers the probe with `json`. */
function fake(json: object | string): string {
  const dir = mkdtempSync(join(tmpdir(), "taipan-fakepy-"));
  const path = join(dir, "python3.11");
  const body = typeof json === "string" ? json : JSON.stringify(json);
  writeFileSync(path, `#!/bin/sh\necho '${body}'\n`);
  chmodSync(path, 0o755);
  return path;
}

const good = {
  implementation: "cpython",
  version: "3.11.7",
  version_info: [3, 11, 7],
  executable: "/opt/py/bin/python3.11",
  stdlib: "/opt/py/lib/python3.11",
  test_dir: "/opt/py/lib/python3.11/test",
  test_support_error: null,
};

function expectNotFound(env: NodeJS.ProcessEnv, message: RegExp, fix: string | RegExp): void {
  try {
    locateCPython(env);
  } catch (e) {
    expect(e).toBeInstanceOf(CPythonNotFound);
    expect((e as CPythonNotFound).message).toMatch(message);
    if (typeof fix === "string") expect((e as CPythonNotFound).fix).toBe(fix);
    else expect((e as CPythonNotFound).fix).toMatch(fix);
    return;
  }
  throw new Error("locateCPython did not fail");
}

describe("the CPython locator", () => {
  test("finds the machine's CPython 3.11 and resolves it to the real executable", () => {
    const py = locateCPython();
    expect(py.versionInfo.slice(0, 2)).toEqual([3, 11]);
    expect(py.version).toMatch(/^3\.11\.\d+$/);
    expect(py.testDir.endsWith("test")).toBe(true);
    expect(py.executable).not.toMatch(/shims/);
    expect(findCPython()).toEqual(py);
  });

  test("TAIPAN_CPYTHON wins and is reported by its real executable", () => {
    const py = locateCPython({ ...process.env, TAIPAN_CPYTHON: fake(good) });
    expect(py.executable).toBe("/opt/py/bin/python3.11");
    expect(py.stdlib).toBe("/opt/py/lib/python3.11");
  });

  test("TAIPAN_CPYTHON pointing nowhere", () => {
    expectNotFound({ ...process.env, TAIPAN_CPYTHON: "/no/such/python" }, /not usable: .*command not found/, /unset TAIPAN_CPYTHON/);
  });

  test("TAIPAN_CPYTHON pointing at something that is not Python", () => {
    expectNotFound({ ...process.env, TAIPAN_CPYTHON: fake("hello") }, /not a CPython interpreter/, /unset TAIPAN_CPYTHON/);
  });

  test("TAIPAN_CPYTHON pointing at another version", () => {
    const v310 = { ...good, version: "3.10.4", version_info: [3, 10, 4] };
    expectNotFound({ ...process.env, TAIPAN_CPYTHON: fake(v310) }, /is CPython 3\.10\.4, not 3\.11/, /install one with: apt-get/);
  });

  test("TAIPAN_CPYTHON pointing at another implementation", () => {
    const pypy = { ...good, implementation: "pypy" };
    expectNotFound({ ...process.env, TAIPAN_CPYTHON: fake(pypy) }, /is pypy 3\.11\.7, not CPython/, /unset TAIPAN_CPYTHON/);
  });

  test("a CPython 3.11 without its test suite names the package to install", () => {
    const bare = { ...good, test_dir: null, test_support_error: "ModuleNotFoundError: No module named 'test'" };
    expectNotFound({ ...process.env, TAIPAN_CPYTHON: fake(bare) }, /has no usable test package/, TESTSUITE_HINT);
  });

  test("no Python on PATH at all", () => {
    const empty = mkdtempSync(join(tmpdir(), "taipan-nopath-"));
    expectNotFound({ PATH: empty }, /no CPython 3\.11 found/, INSTALL_HINT);
  });

  test("cleanEnv drops PYTHON* variables and keeps the rest", () => {
    expect(cleanEnv({ PYTHONPATH: "x", PYTHONUNBUFFERED: "1", HOME: "/h" })).toEqual({ HOME: "/h" });
  });
});
