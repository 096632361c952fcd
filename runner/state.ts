// Result states, as libregrtest's result.py names them, and the records that cross from the
// worker to the reporters (plain JSON, so --json files and shards carry them unchanged).

/** Module-level states (libregrtest's State). */
export const State = {
  PASSED: "PASSED",
  FAILED: "FAILED",
  SKIPPED: "SKIPPED",
  UNCAUGHT_EXC: "UNCAUGHT_EXC",
  ENV_CHANGED: "ENV_CHANGED",
  RESOURCE_DENIED: "RESOURCE_DENIED",
  INTERRUPTED: "INTERRUPTED",
  WORKER_FAILED: "WORKER_FAILED",
  WORKER_BUG: "WORKER_BUG",
  DID_NOT_RUN: "DID_NOT_RUN",
  TIMEOUT: "TIMEOUT",
} as const;
export type State = (typeof State)[keyof typeof State];

/** Outcome of one test (one unittest test id, or a class/module fixture entry). */
export type Outcome = "passed" | "failed" | "error" | "skipped" | "xfail" | "xpass" | "crashed" | "timeout";

export interface TestRecord {
  id: string;
  o: Outcome;
  /** Seconds. */
  dt: number;
  /** Number of failure / error entries unittest recorded (subtests count one each). */
  nf: number;
  ne: number;
  /** Traceback (failed, error) or what killed the worker (crashed, timeout). */
  tb?: string;
  /** Output the test wrote (stdout and stderr), truncated. */
  out?: string;
  /** Skip reason. */
  r?: string;
  /** False for fixture entries ("setUpClass (mod.C)"), which unittest does not count as run. */
  started: boolean;
}

export interface Stats {
  run: number;
  failures: number;
  skipped: number;
}

export interface ModuleResult {
  name: string;
  state: State;
  /** Seconds, all worker attempts together. */
  duration: number;
  tests: TestRecord[];
  stats: Stats;
  /** The first error, skip reason or exit status: one line. */
  message?: string;
  /** What the worker printed (all attempts). */
  output: string;
  envNotes: string[];
  /** Worker processes used (1 + resumptions). */
  attempts: number;
  /** Tests not run because an expectations file says they crash or hang. */
  skippedByExpectation: string[];
  /** Unreadable lines found on the result channel. */
  garbage: number;
  /** Not run at all: the expectations say the module hangs or crashes (skip_module). */
  skippedModule?: boolean;
}

/** Passing, as unittest's wasSuccessful() sees it. */
export function isPassing(o: string | undefined): boolean {
  return o === "passed" || o === "xfail";
}

export function isFailing(o: string | undefined): boolean {
  return o === "failed" || o === "error" || o === "xpass" || o === "crashed" || o === "timeout";
}

/** States that make the run fail (libregrtest's State.is_failed), ENV_CHANGED only on request. */
export function isFailedState(s: State, failEnvChanged: boolean): boolean {
  if (s === State.ENV_CHANGED) return failEnvChanged;
  return s === State.FAILED || s === State.UNCAUGHT_EXC || s === State.WORKER_FAILED || s === State.WORKER_BUG || s === State.TIMEOUT;
}

/** Module results whose duration says something about the tests (libregrtest's has_meaningful_duration). */
export function hasMeaningfulDuration(s: State): boolean {
  return !(
    s === State.SKIPPED ||
    s === State.RESOURCE_DENIED ||
    s === State.INTERRUPTED ||
    s === State.WORKER_FAILED ||
    s === State.WORKER_BUG ||
    s === State.DID_NOT_RUN
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** One line per module, worded as libregrtest's TestResult.__str__. */
export function describeResult(r: ModuleResult): string {
  const errors = r.tests.reduce((a, t) => a + t.ne, 0);
  const failures = r.tests.reduce((a, t) => a + t.nf, 0);
  switch (r.state) {
    case State.PASSED:
      return `${r.name} passed`;
    case State.FAILED: {
      const parts: string[] = [];
      if (errors) parts.push(plural(errors, "error"));
      if (failures) parts.push(plural(failures, "failure"));
      return parts.length ? `${r.name} failed (${parts.join(", ")})` : `${r.name} failed`;
    }
    case State.SKIPPED:
      return `${r.name} skipped`;
    case State.UNCAUGHT_EXC:
      return `${r.name} failed (uncaught exception)`;
    case State.ENV_CHANGED:
      return `${r.name} failed (env changed)`;
    case State.RESOURCE_DENIED:
      return `${r.name} skipped (resource denied)`;
    case State.INTERRUPTED:
      return `${r.name} interrupted`;
    case State.WORKER_FAILED:
      return `${r.name} worker non-zero exit code${r.message ? ` (${r.message})` : ""}`;
    case State.WORKER_BUG:
      return `${r.name} worker bug${r.message ? ` (${r.message})` : ""}`;
    case State.DID_NOT_RUN:
      return `${r.name} ran no tests`;
    case State.TIMEOUT:
      return `${r.name} timed out${r.message ? ` (${r.message})` : ""}`;
  }
}
