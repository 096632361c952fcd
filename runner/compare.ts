// Test-by-test comparison of the implementation's results with CPython's baseline, under the
// expectations: regressions (expected to pass, did not), newly passing tests (expected to fail,
// passed), other disagreements, and the module's pass rate.
import { BaselineEntry } from "./baseline";
import { Expectations } from "./expectations";
import { ModuleResult, Outcome, TestRecord, isFailing, isPassing } from "./state";
import { errorLine } from "./utils";

export type Seen = Outcome | "not run";

export interface TestComparison {
  id: string;
  cpython: Seen;
  impl: Seen;
  /** Why it is expected to fail, when it is. */
  expected?: string;
  reason?: string;
}

export interface ModuleComparison {
  name: string;
  /** A baseline was available. */
  compared: boolean;
  cpythonPassing: number;
  /** Passing under both. */
  passing: number;
  /** Passing here but not under CPython. */
  extraPassing: number;
  regressions: TestComparison[];
  newlyPassing: TestComparison[];
  /** Outcomes that differ from CPython's, neither regressions nor newly passing (expected failures mostly). */
  differing: TestComparison[];
  /** For the closing line: tests passing, and tests failing or not run where CPython passes. */
  passed: number;
  failed: number;
}

function sameOutcome(a: Seen, b: Seen): boolean {
  if (a === b) return true;
  const fail = (x: Seen) => x === "failed" || x === "error";
  return fail(a) && fail(b);
}

export function compareModule(r: ModuleResult, base: BaselineEntry | undefined, exp: Expectations, selected?: (id: string) => boolean): ModuleComparison {
  const mine = new Map<string, TestRecord>(r.tests.map((t) => [t.id, t]));
  // Fixture entries ("setUpClass (m.C)") are compared whatever the filter; tests only when selected.
  const chosen = (id: string) => !selected || mine.has(id) || /^\w+ \(/.test(id) || selected(id);
  const ids = new Set<string>([...(base ? Object.keys(base.tests).filter(chosen) : []), ...mine.keys()]);
  const c: ModuleComparison = {
    name: r.name,
    compared: !!base,
    cpythonPassing: 0,
    passing: 0,
    extraPassing: 0,
    regressions: [],
    newlyPassing: [],
    differing: [],
    passed: 0,
    failed: 0,
  };
  for (const id of ids) {
    const b: Seen = base?.tests[id]?.o ?? "not run";
    const rec = mine.get(id);
    const i: Seen = rec?.o ?? "not run";
    const expected = exp.skip.get(id) ?? exp.failing.get(id) ?? exp.failingModule ?? exp.skipModule;
    const entry: TestComparison = { id, cpython: b, impl: i };
    if (expected !== undefined) entry.expected = expected;
    if (rec && !isPassing(i)) entry.reason = errorLine(rec.tb) || rec.o;
    else if (!rec) entry.reason = exp.skip.has(id) ? `not run (expectations: ${exp.skip.get(id)})` : `not run${r.message ? ` (${r.message})` : ""}`;
    if (isPassing(b)) c.cpythonPassing++;
    if (isPassing(i)) {
      c.passed++;
      if (isPassing(b)) c.passing++;
      else if (base) c.extraPassing++;
    } else if (isFailing(i) || (i === "not run" && isPassing(b))) c.failed++;
    // Without a baseline every test that ran is expected to pass.
    const shouldPass = expected === undefined && (base ? isPassing(b) : i !== "not run" && i !== "skipped");
    if (shouldPass && !isPassing(i)) c.regressions.push(entry);
    else if (expected !== undefined && exp.skip.get(id) === undefined && exp.skipModule === undefined && isPassing(i)) c.newlyPassing.push(entry);
    else if (base && !sameOutcome(b, i) && !(b === "skipped" && i === "not run") && !(b === "not run" && i === "skipped")) c.differing.push(entry);
  }
  return c;
}

/** The expectations this result implies (--update-expectations); keeps what was not run. */
export function updatedExpectations(r: ModuleResult, base: BaselineEntry | undefined, old: Expectations, filtered: boolean): Expectations {
  const next: Expectations = { module: old.module, failing: new Map(old.failing), skip: new Map(old.skip) };
  if (r.skippedModule) {
    // Not run because of skip_module: nothing learnt, nothing changed.
    return { ...old, failing: new Map(old.failing), skip: new Map(old.skip) };
  }
  const ran = r.tests.filter((t) => t.started || /^(setUp|tearDown)(Class|Module) \(/.test(t.id));
  const basePass = (id: string) => (base ? isPassing(base.tests[id]?.o) : true);
  if (!ran.length && r.state === "TIMEOUT") {
    // It hangs before its first test: do not pay the timeout again.
    next.skipModule = `hangs: ${r.message}`;
    return next;
  }
  if (!ran.length && r.message && (!base || Object.values(base.tests).some((t) => isPassing(t.o)))) {
    // Nothing could run: the whole module is expected to fail, for the reason it gave.
    if (r.state !== "SKIPPED" && r.state !== "RESOURCE_DENIED" && r.state !== "DID_NOT_RUN") next.failingModule = r.message;
    else next.failingModule = old.failingModule;
    return next;
  }
  for (const t of r.tests) {
    if (t.o === "crashed" || t.o === "timeout") {
      next.failing.delete(t.id);
      next.skip.set(t.id, `${t.o === "timeout" ? "hangs" : "crashes"}: ${errorLine(t.tb) || t.o}`);
    } else if (isPassing(t.o)) {
      next.failing.delete(t.id);
    } else if (basePass(t.id) && isFailing(t.o)) {
      next.failing.set(t.id, errorLine(t.tb) || t.o);
    }
  }
  if (!filtered && base) {
    // Tests CPython passes that never ran here (a crashed fixture kept them from running).
    const mine = new Set(r.tests.map((t) => t.id));
    for (const [id, t] of Object.entries(base.tests)) {
      if (isPassing(t.o) && !mine.has(id) && !next.skip.has(id) && !next.failing.has(id)) next.failing.set(id, `not run${r.message ? `: ${r.message}` : ""}`);
    }
  }
  return next;
}

export function rate(passing: number, cpython: number): string {
  if (!cpython) return "-";
  return `${((passing / cpython) * 100).toFixed(1)}%`;
}
