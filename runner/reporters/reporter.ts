// The one small interface every output format implements (start, result, finish), so that a new
// format is one file.
import { BaselineEntry } from "../baseline";
import { ModuleComparison } from "../compare";
import { ModuleResult } from "../state";
import { TestResults } from "../results";

export interface RunInfo {
  /** The implementation under test, as given and as it reported itself. */
  implementation: { label: string; name?: string; version?: string; command: string[] };
  cpython: { version: string; executable: string };
  tests: string[];
  jobs: number;
  timeout: number | null;
  randomSeed: number;
  compare: boolean;
  filtered: boolean;
}

export interface ModuleReport {
  result: ModuleResult;
  /** The test's position among the results (1-based). */
  index: number;
  baseline?: BaselineEntry;
  comparison?: ModuleComparison;
}

export interface RunSummary {
  info: RunInfo;
  results: TestResults;
  modules: ModuleReport[];
  state: string;
  exitCode: number;
  seconds: number;
  baselineSeconds: number;
  /** Results of -w/--rerun, when there was one. */
  rerun?: ModuleReport[];
  /** Failures again after the rerun. */
  stateBeforeRerun?: string;
}

export interface Reporter {
  start(info: RunInfo): void;
  result(report: ModuleReport): void;
  finish(summary: RunSummary): void;
}
