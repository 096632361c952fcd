// The worker machinery against test modules that misbehave on purpose (runner/fixtures), run
// under the reference CPython: every case ends with the right state, the results before it are
// kept and the module resumes after it.
import { dirname, join } from "node:path";
import { cleanEnv, findCPython } from "../scripts/cpython";
import { ModuleResult, Outcome, State } from "./state";
import { EventReader, WorkerJob, runModule } from "./worker";

const FIXTURES = join(__dirname, "fixtures");
const py = findCPython();

function job(name: string, extra: Partial<WorkerJob> = {}): WorkerJob {
  return {
    testName: name,
    moduleName: name,
    command: [py.executable],
    env: cleanEnv(),
    memoryMB: 1024,
    nodeBased: false,
    testdir: FIXTURES,
    pathAppend: [dirname(py.testDir)],
    verbose: 0,
    quiet: false,
    failfast: false,
    useResources: [],
    matchTests: [],
    timeout: 20,
    skipIds: [],
    ...extra,
  };
}

function outcomes(r: ModuleResult): Record<string, Outcome> {
  const o: Record<string, Outcome> = {};
  for (const t of r.tests) o[t.id.replace(/^[\w]+\.(\w+)\./, "$1.")] = t.o;
  return o;
}

describe("runModule against misbehaving fixtures", () => {
  test("os._exit in a test: CRASHED, earlier results kept, module resumed after it", async () => {
    const r = await runModule(job("test_rt_exit"));
    expect(outcomes(r)).toEqual({
      "ExitTests.test_a_passes": "passed",
      "ExitTests.test_b_exits": "crashed",
      "ExitTests.test_c_passes": "passed",
      "ExitTests.test_d_passes": "passed",
    });
    expect(r.state).toBe(State.WORKER_FAILED);
    expect(r.attempts).toBe(2);
    const crashed = r.tests.find((t) => t.o === "crashed")!;
    expect(crashed.tb).toBe("Exit code 3");
    expect(crashed.out).toContain("about to exit");
    expect(r.message).toContain("test_rt_exit.ExitTests.test_b_exits");
  });

  test("SIGKILL to itself: CRASHED with the signal, module resumed", async () => {
    const r = await runModule(job("test_rt_sigkill"));
    expect(outcomes(r)).toEqual({
      "KillTests.test_a_passes": "passed",
      "KillTests.test_b_kills_itself": "crashed",
      "KillTests.test_c_passes": "passed",
    });
    expect(r.tests[1].tb).toBe("killed by SIGKILL");
    expect(r.state).toBe(State.WORKER_FAILED);
  });

  test("a hang: TIMEOUT after --timeout, module resumed", async () => {
    const t0 = Date.now();
    const r = await runModule(job("test_rt_hang", { timeout: 2 }));
    expect(outcomes(r)).toEqual({
      "HangTests.test_a_passes": "passed",
      "HangTests.test_b_hangs": "timeout",
      "HangTests.test_c_passes": "passed",
    });
    expect(r.state).toBe(State.TIMEOUT);
    expect(Date.now() - t0).toBeLessThan(15000);
    expect(r.tests[1].tb).toBe("timed out after 2.0 sec (killed by SIGKILL)");
  });

  test("garbage on stdout, stderr and the result channel: ignored, counted, every test passes", async () => {
    const r = await runModule(job("test_rt_garbage"));
    expect(outcomes(r)).toEqual({
      "GarbageTests.test_a_prints": "passed",
      "GarbageTests.test_b_writes_into_the_channel": "passed",
      "GarbageTests.test_c_passes": "passed",
    });
    expect(r.state).toBe(State.PASSED);
    expect(r.garbage).toBe(2);
    expect(r.output).toContain("not json");
  });

  test("memory exhaustion under a worker memory cap: an error (MemoryError), the next test runs", async () => {
    const r = await runModule(job("test_rt_memory", { memoryMB: 300 }));
    expect(outcomes(r)).toEqual({
      "MemoryTests.test_a_passes": "passed",
      "MemoryTests.test_b_exhausts_memory": "error",
      "MemoryTests.test_c_passes": "passed",
    });
    expect(r.tests[1].tb).toContain("MemoryError");
    expect(r.state).toBe(State.FAILED);
  });

  test("setUpClass failing and crashing: the class's tests do not run, the other classes do", async () => {
    const r = await runModule(job("test_rt_setupclass"));
    expect(outcomes(r)).toEqual({
      "setUpClass (test_rt_setupclass.A_FailingSetUpClass)": "error",
      "B_Fine.test_b1": "passed",
      "setUpClass (test_rt_setupclass.C_CrashingSetUpClass)": "crashed",
      "D_Fine.test_d1": "passed",
      "D_Fine.test_d2": "passed",
    });
    expect(r.tests[0].tb).toContain("RuntimeError: setUpClass failed on purpose");
    expect(r.state).toBe(State.WORKER_FAILED);
    expect(r.stats.run).toBe(3);
  });

  test("every outcome unittest knows, with subtests counted as regrtest counts them", async () => {
    const r = await runModule(job("test_rt_outcomes"));
    expect(outcomes(r)).toEqual({
      "Outcomes.test_errors": "error",
      "Outcomes.test_fails": "failed",
      "Outcomes.test_only_here": "passed",
      "Outcomes.test_passes": "passed",
      "Outcomes.test_skipped": "skipped",
      "Outcomes.test_subtests": "failed",
      "Outcomes.test_xfail": "xfail",
      "Outcomes.test_xpass": "xpass",
    });
    expect(r.stats).toEqual({ run: 8, failures: 2, skipped: 1 });
    expect(r.state).toBe(State.FAILED);
  });

  test("an implementation that cannot start: WORKER_FAILED with its first line, no crash of the runner", async () => {
    const r = await runModule(job("test_rt_outcomes", { command: ["/bin/sh", "-c", "echo 'the interpreter is not built yet' >&2; exit 1"] }));
    expect(r.state).toBe(State.WORKER_FAILED);
    expect(r.message).toBe("Exit code 1: the interpreter is not built yet");
    expect(r.tests).toEqual([]);
  });

  test("an implementation that stops on a traceback: the exception line is the first error", async () => {
    const script = "printf 'Traceback (most recent call last):\\n  File \"h.py\", line 13, in <module>\\n    import os\\nModuleNotFoundError: No module named os\\n' >&2; exit 1";
    const r = await runModule(job("test_rt_outcomes", { command: ["/bin/sh", "-c", script] }));
    expect(r.state).toBe(State.WORKER_FAILED);
    expect(r.message).toBe("Exit code 1: ModuleNotFoundError: No module named os");
  });

  test("a command that does not exist: WORKER_FAILED, not an exception", async () => {
    const r = await runModule(job("test_rt_outcomes", { command: ["/nonexistent/python"] }));
    expect(r.state).toBe(State.WORKER_FAILED);
    expect(r.message).toMatch(/ENOENT|not found/);
  });
});

describe("EventReader", () => {
  test("takes only complete lines carrying the token", () => {
    const rd = new EventReader("tok");
    expect(rd.feed('\n{"e":"start","id":"a","k":"tok"}\n{"e":"res')).toHaveLength(1);
    expect(rd.feed('ult","id":"a","o":"passed","k":"tok"}\n')).toHaveLength(1);
    expect(rd.feed('{"e":"result","id":"b","o":"failed","k":"other"}\nnot json\n')).toHaveLength(0);
    expect(rd.garbage).toBe(2);
    expect(rd.feed('{"e":"done"', true)).toHaveLength(0);
    expect(rd.garbage).toBe(3);
  });
});

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { BaselineCache, baselineFromResult } from "./baseline";

describe("BaselineCache", () => {
  test("an entry is found again only for the same resources and the same harness", () => {
    const root = mkdtempSync(join(tmpdir(), "taipan-baseline-"));
    const cache = new BaselineCache(root, "3.11.7");
    const r: ModuleResult = {
      name: "test_x", state: State.PASSED, duration: 1, stats: { run: 1, failures: 0, skipped: 0 }, output: "", envNotes: [],
      attempts: 1, skippedByExpectation: [], garbage: 0,
      tests: [{ id: "test.test_x.A.test_a", o: "passed", dt: 0, nf: 0, ne: 0, started: true }],
    };
    cache.save(baselineFromResult(r, "3.11.7", ["cpu"]));
    expect(cache.load("test_x", ["cpu"])?.tests["test.test_x.A.test_a"].o).toBe("passed");
    expect(cache.load("test_x", [])).toBeUndefined();
    (cache as { harness: string }).harness = "another";
    expect(cache.load("test_x", ["cpu"])).toBeUndefined();
  });
});
