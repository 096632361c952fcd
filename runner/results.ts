// The run's totals, kept as libregrtest's results.py keeps them, and its closing sections.
import { ModuleResult, State, Stats, hasMeaningfulDuration, isFailedState } from "./state";
import { commas, count, formatDuration, printList } from "./utils";

export const EXITCODE_BAD_TEST = 2;
export const EXITCODE_ENV_CHANGED = 3;
export const EXITCODE_NO_TESTS_RAN = 4;
export const EXITCODE_RERUN_FAIL = 5;
export const EXITCODE_INTERRUPTED = 130;

export class TestResults {
  good: string[] = [];
  bad: string[] = [];
  rerunBad: string[] = [];
  skipped: string[] = [];
  resourceDenied: string[] = [];
  envChanged: string[] = [];
  runNoTests: string[] = [];
  rerun: string[] = [];
  interrupted = false;
  workerBug = false;
  testTimes: [number, string][] = [];
  stats: Stats = { run: 0, failures: 0, skipped: 0 };

  accumulate(r: ModuleResult, failEnvChanged: boolean, rerun = false): void {
    switch (r.state) {
      case State.PASSED:
        this.good.push(r.name);
        break;
      case State.ENV_CHANGED:
        this.envChanged.push(r.name);
        break;
      case State.SKIPPED:
        this.skipped.push(r.name);
        break;
      case State.RESOURCE_DENIED:
        this.resourceDenied.push(r.name);
        break;
      case State.INTERRUPTED:
        this.interrupted = true;
        break;
      case State.DID_NOT_RUN:
        this.runNoTests.push(r.name);
        break;
      default:
        if (isFailedState(r.state, failEnvChanged)) this.bad.push(r.name);
    }
    if (r.state === State.WORKER_BUG) this.workerBug = true;
    if (hasMeaningfulDuration(r.state) && !rerun) this.testTimes.push([r.duration, r.name]);
    this.stats.run += r.stats.run;
    this.stats.failures += r.stats.failures;
    this.stats.skipped += r.stats.skipped;
    if (rerun) this.rerun.push(r.name);
  }

  executed(): Set<string> {
    return new Set([...this.good, ...this.bad, ...this.skipped, ...this.resourceDenied, ...this.envChanged, ...this.runNoTests]);
  }

  noTestsRun(): boolean {
    return !(this.good.length || this.bad.length || this.skipped.length || this.interrupted || this.envChanged.length);
  }

  isAllGood(): boolean {
    return !this.bad.length && !this.skipped.length && !this.interrupted && !this.workerBug;
  }

  getState(failEnvChanged: boolean): string {
    const s: string[] = [];
    if (this.bad.length) s.push("FAILURE");
    else if (failEnvChanged && this.envChanged.length) s.push("ENV CHANGED");
    else if (this.noTestsRun()) s.push("NO TESTS RAN");
    if (this.interrupted) s.push("INTERRUPTED");
    if (this.workerBug) s.push("WORKER BUG");
    if (!s.length) s.push("SUCCESS");
    return s.join(", ");
  }

  /** The lists after "== Tests result: ... ==" (results.py display_result). */
  displayResult(tests: string[], quiet: boolean, printSlowest: boolean): string {
    const out: string[] = [];
    if (printSlowest) {
      out.push("", "10 slowest tests:");
      for (const [t, name] of [...this.testTimes].sort((a, b) => b[0] - a[0]).slice(0, 10)) out.push(`- ${name}: ${formatDuration(t)}`);
    }
    const executed = this.executed();
    const omitted = tests.filter((t) => !executed.has(t));
    const sections: [string[], string, string][] = [[omitted, "test", "{} omitted:"]];
    if (!quiet) {
      sections.push([this.skipped, "test", "{} skipped:"]);
      sections.push([this.resourceDenied, "test", "{} skipped (resource denied):"]);
    }
    sections.push([this.runNoTests, "test", "{} run no tests:"]);
    sections.push([this.envChanged, "test", "{} altered the execution environment (env changed):"]);
    sections.push([this.rerun, "re-run test", "{}:"]);
    sections.push([this.bad, "test", "{} failed:"]);
    for (const [list, word, title] of sections) {
      if (!list.length) continue;
      out.push("", title.replace("{}", count(list.length, word)), printList(list));
    }
    if (this.good.length && !quiet) {
      let text = `${count(this.good.length, "test")} OK.`;
      if (this.isAllGood() && this.good.length > 1) text = `All ${text}`;
      out.push("", text);
    }
    if (this.interrupted) out.push("", "Test suite interrupted by signal SIGINT.");
    return out.join("\n");
  }

  /** "Total tests: ..." and "Total test files: ..." (results.py display_summary). */
  displaySummary(ntests: number, filtered: boolean): string {
    const st = this.stats;
    const t = [`run=${commas(st.run)}${filtered ? " (filtered)" : ""}`];
    if (st.failures) t.push(`failures=${commas(st.failures)}`);
    if (st.skipped) t.push(`skipped=${commas(st.skipped)}`);
    const run = this.good.length + this.bad.length + this.rerun.length + this.skipped.length + this.envChanged.length + this.runNoTests.length;
    const f = [`run=${run}/${ntests}${filtered ? " (filtered)" : ""}`];
    for (const [name, list] of [
      ["failed", this.bad],
      ["env_changed", this.envChanged],
      ["skipped", this.skipped],
      ["resource_denied", this.resourceDenied],
      ["rerun", this.rerun],
      ["run_no_tests", this.runNoTests],
    ] as [string, string[]][]) {
      if (list.length) f.push(`${name}=${list.length}`);
    }
    return `Total tests: ${t.join(" ")}\nTotal test files: ${f.join(" ")}`;
  }
}
