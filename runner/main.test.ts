// The whole command, in-process, on the fixtures: regrtest's output format, the comparison with
// the baseline, expectations and their update, exit codes, --json/--merge/--shard, --junit-xml,
// -m/-i matching (CPython's rules) through --list-cases.
import { mkdtempSync, readFileSync, readdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findCPython } from "../scripts/cpython";
import { main } from "./main";

const FIXTURES = join(__dirname, "fixtures");
const py = findCPython();
const tmp = mkdtempSync(join(tmpdir(), "taipan-regrtest-test-"));
const common = ["--testdir", FIXTURES, "--cache-dir", join(tmp, "cache"), "--timeout", "10", "-j2"];

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main([...common, ...args], { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

// Under `env TAIPAN_RT_FAIL=1 python` one test of test_rt_outcomes fails that passes under CPython.
const differing = ["--python", `env TAIPAN_RT_FAIL=1 ${py.executable}`];

describe("npm run regrtest", () => {
  test("CPython against itself: regrtest's summary, every test agrees, exit 0", async () => {
    const { code, out } = await run(["--python", py.executable, "test_rt_outcomes", "test_rt_garbage"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+:\d\d:\d\d load avg: \d+\.\d\d \[1\/2(\/1)?\] test_rt_\w+ /m);
    expect(out).toContain("== Tests result: FAILURE ==");
    expect(out).toContain("1 test failed:\n    test_rt_outcomes\n");
    expect(out).toContain("Total tests: run=11 failures=2 skipped=1\n");
    expect(out).toContain("Total test files: run=2/2 failed=1\n");
    expect(out).toContain("Agreement: 0 regression(s), 0 newly passing, 0 other difference(s) from CPython");
    expect(out).toMatch(/test_rt_outcomes\s+3\s+3\s+100\.0%\s+FAILED/);
    expect(out.trimEnd().split("\n").pop()).toBe("6 passed, 4 failed");
  });

  test("a test that fails only under the implementation is a regression: exit 2; expectations make it expected", async () => {
    const exp = join(tmp, "exp");
    const status = join(tmp, "status.yaml");
    const first = await run([...differing, "--expectations", exp, "test_rt_outcomes"]);
    expect(first.code).toBe(2);
    expect(first.out).toContain("Regressions: 1 test(s) expected to pass did not:");
    expect(first.out).toContain("test_rt_outcomes.Outcomes.test_only_here: CPython passed, here failed: AssertionError");

    // A filtered run is compared only with the tests it selected.
    const filtered = await run([...differing, "--expectations", exp, "-m", "test_only_here", "test_rt_outcomes"]);
    expect(filtered.out).toContain("Agreement: 1 regression(s), 0 newly passing, 0 other difference(s)");

    const upd = await run([...differing, "--expectations", exp, "--status-file", status, "--update-expectations", "test_rt_outcomes"]);
    expect(upd.code).toBe(2);
    const yaml = readFileSync(join(exp, "test_rt_outcomes.yaml"), "utf8");
    expect(yaml).toContain("test_rt_outcomes.Outcomes.test_only_here: ");
    expect(yaml).toContain("AssertionError: '1' is not None : fails under the implementation");
    // Tests failing under CPython too are not listed: they are not expected to pass.
    expect(yaml).not.toContain("test_fails");
    expect(readFileSync(status, "utf8")).toContain("test_rt_outcomes: {cpython: 3, passing: 2, rate: 66.7, state: FAILED}");

    const again = await run([...differing, "--expectations", exp, "test_rt_outcomes"]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("Agreement: 0 regression(s)");

    // Under CPython itself the expected failure passes: reported as newly passing.
    const fixed = await run(["--python", py.executable, "--expectations", exp, "test_rt_outcomes"]);
    expect(fixed.code).toBe(0);
    expect(fixed.out).toContain("Newly passing: 1 test(s) expected to fail passed");
    const upd2 = await run(["--python", py.executable, "--expectations", exp, "--status-file", status, "--update-expectations", "test_rt_outcomes"]);
    expect(upd2.code).toBe(0);
    expect(existsSync(join(exp, "test_rt_outcomes.yaml"))).toBe(false);
  });

  test("crashes and hangs go to the expectations' skip list, and are not run again", async () => {
    const exp = join(tmp, "exp2");
    const args = [...differing, "--expectations", exp, "--status-file", join(tmp, "s2.yaml"), "--timeout", "2"];
    await run([...args, "--update-expectations", "test_rt_exit", "test_rt_hang"]);
    expect(readFileSync(join(exp, "test_rt_exit.yaml"), "utf8")).toContain("test_rt_exit.ExitTests.test_b_exits: \"crashes: Exit code 3\"");
    expect(readFileSync(join(exp, "test_rt_hang.yaml"), "utf8")).toContain("test_rt_hang.HangTests.test_b_hangs: \"hangs: timed out after 2.0 sec");
    const t0 = Date.now();
    const { out } = await run([...args, "test_rt_exit", "test_rt_hang"]);
    expect(out).toMatch(/\] test_rt_exit passed/);
    expect(out).toMatch(/\] test_rt_hang passed/);
    expect(Date.now() - t0).toBeLessThan(10000);
  });

  test("a module that hangs while imported: TIMEOUT, then skip_module, then not run", async () => {
    const exp = join(tmp, "exp3");
    const args = ["--python", py.executable, "--expectations", exp, "--status-file", join(tmp, "s3.yaml"), "--timeout", "2", "test_rt_import_hang"];
    const first = await run([...args, "--update-expectations"]);
    expect(first.out).toMatch(/\] test_rt_import_hang timed out \(no answer|timed out after 2.0 sec \(killed by SIGKILL\) while importing test_rt_import_hang\)/);
    expect(readFileSync(join(exp, "test_rt_import_hang.yaml"), "utf8")).toContain("skip_module: \"hangs: timed out after 2.0 sec (killed by SIGKILL) while importing test_rt_import_hang\"");
    const again = await run(args);
    expect(again.out).toContain("test_rt_import_hang skipped -- expectations: hangs: timed out");
    expect(again.code).toBe(0);
  });

  test("the implementation cannot start: a clear module state with its first error", async () => {
    const { code, out } = await run(["--python", "/bin/false", "test_rt_outcomes"]);
    expect(code).toBe(2);
    expect(out).toMatch(/\[1\/1\/1\] test_rt_outcomes worker non-zero exit code \(Exit code 1\)/);
    expect(out).toContain("test_rt_outcomes (3): none of them ran: not run (Exit code 1)");
    expect(out.trimEnd().split("\n").pop()).toBe("0 passed, 3 failed");
  });

  test("--json of two shards, joined by --merge", async () => {
    const a = join(tmp, "a.json");
    const b = join(tmp, "b.json");
    const tests = ["test_rt_outcomes", "test_rt_garbage", "test_rt_sigkill"];
    await run(["--python", py.executable, "--shard", "1/2", "--json", a, ...tests]);
    await run(["--python", py.executable, "--shard", "2/2", "--json", b, ...tests]);
    const doc = JSON.parse(readFileSync(a, "utf8"));
    expect(doc.modules.map((m: { result: { name: string } }) => m.result.name).sort()).toEqual(["test_rt_outcomes", "test_rt_sigkill"]);
    const junit = join(tmp, "all.xml");
    const merged = await run(["--merge", "--junit-xml", junit, a, b]);
    expect(merged.code).toBe(0);
    expect(merged.out).toContain("Total test files: run=3/3 failed=2");
    const xml = readFileSync(junit, "utf8");
    expect(xml).toContain('<testsuite name="test_rt_garbage" tests="3" errors="0" failures="0"');
    expect(xml).toContain('name="test_b_kills_itself" time="0.000000" status="crashed"><error type="crashed" message="killed by SIGKILL">');
  });

  test("--list-cases with -m and -i: CPython's matching rules", async () => {
    const list = async (...m: string[]) => (await run(["--python", py.executable, "--list-cases", ...m, "test_rt_outcomes"])).out.trim().split("\n");
    expect(await list("-m", "test_x*")).toEqual(["test_rt_outcomes.Outcomes.test_xfail", "test_rt_outcomes.Outcomes.test_xpass"]);
    expect(await list("-m", "Outcomes", "-i", "*pass*")).toHaveLength(6);
    expect(await list("-m", "test_rt_outcomes.Outcomes.test_fails")).toEqual(["test_rt_outcomes.Outcomes.test_fails"]);
    expect(await list("-i", "test_[a-o]*")).toEqual(["test_rt_outcomes.Outcomes.test_passes", "test_rt_outcomes.Outcomes.test_skipped", "test_rt_outcomes.Outcomes.test_subtests", "test_rt_outcomes.Outcomes.test_xfail", "test_rt_outcomes.Outcomes.test_xpass"]);
  });

  test("--list-tests, -x, -S and usage errors", async () => {
    const all = (await run(["--list-tests"])).out.trim().split("\n");
    expect(all).toEqual(readdirSync(FIXTURES).filter((f) => f.startsWith("test_")).map((f) => f.slice(0, -3)).sort());
    expect((await run(["--list-tests", "-x", "test_rt_hang"])).out).not.toContain("test_rt_hang");
    expect((await run(["--list-tests", "-S", "test_rt_outcomes"])).out.trim().split("\n")[0]).toBe("test_rt_outcomes");
    const listFile = join(tmp, "tests.txt");
    require("node:fs").writeFileSync(listFile, "0:00:01 load avg: 1.00 [ 1/2] test_rt_hang passed\n# test_rt_exit\ntest_rt_sigkill.py\n");
    expect((await run(["--list-tests", "-f", listFile])).out).toBe("test_rt_hang\ntest_rt_sigkill\n");
    const bad = await run(["--bogus"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("unrecognized arguments: --bogus");
  });
});
