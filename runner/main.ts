// `npm run regrtest`: libregrtest's main.py for any Python implementation, plus the comparison
// with CPython. Selects the test files, runs CPython's baseline for those not cached, runs the
// implementation under test with -j workers, compares, reports, and returns regrtest's exit code.
import { cpus } from "node:os";
import { dirname, resolve } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { CPythonNotFound, cleanEnv, findCPython } from "../scripts/cpython";
import { BaselineCache, BaselineEntry, baselineFromResult } from "./baseline";
import { Options, UsageError, parseArgs, usage } from "./cmdline";
import { ModuleComparison, compareModule, rate, updatedExpectations } from "./compare";
import { emptyExpectations, loadExpectations, loadStatus, saveExpectations, saveStatus } from "./expectations";
import { makeFilter } from "./filter";
import { findTests, moduleName, shard, shuffle, splitTestPackages, testsFromFile } from "./findtests";
import { Implementation, resolveImplementation } from "./implementation";
import { Logger } from "./logger";
import { CACHE_ROOT, EXPECTATIONS_DIR, STATUS_FILE } from "./paths";
import { ConsoleReporter } from "./reporters/console";
import { JSON_FORMAT, JsonReport, JsonReporter } from "./reporters/json";
import { JunitReporter } from "./reporters/junit";
import { ModuleReport, Reporter, RunInfo } from "./reporters/reporter";
import {
  EXITCODE_BAD_TEST,
  EXITCODE_ENV_CHANGED,
  EXITCODE_INTERRUPTED,
  EXITCODE_NO_TESTS_RAN,
  EXITCODE_RERUN_FAIL,
  TestResults,
} from "./results";
import { ModuleResult, State, isFailing } from "./state";
import { formatDuration } from "./utils";
import { WorkerJob, killAllWorkers, runModule } from "./worker";

export interface IO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: IO = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
};

/** Runs `fn` over items with at most `limit` at once, in order of start; stops taking new items when `stop()` says so. */
async function runPool<T>(items: T[], limit: number, fn: (t: T) => Promise<void>, stop: () => boolean): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && !stop()) {
      const i = next++;
      await fn(items[i]);
    }
  });
  await Promise.all(lanes);
}

interface Context {
  opts: Options;
  io: IO;
  testDir: string;
  customTestDir: boolean;
  pathAppend: string[];
  tempRoot?: string;
}

function jobFor(ctx: Context, test: string, impl: { command: string[]; env: NodeJS.ProcessEnv; nodeBased: boolean }, extra: Partial<WorkerJob> = {}): WorkerJob {
  const o = ctx.opts;
  return {
    testName: test,
    moduleName: moduleName(test, ctx.customTestDir),
    command: impl.command,
    env: impl.env,
    memoryMB: o.workerMemory,
    nodeBased: impl.nodeBased,
    testdir: ctx.customTestDir ? ctx.testDir : undefined,
    pathAppend: ctx.pathAppend,
    verbose: o.verbose || o.verbose3 ? Math.max(1, o.verbose) : 0,
    quiet: o.quiet,
    failfast: o.failfast,
    useResources: o.useResources,
    matchTests: o.matchTests,
    timeout: o.timeout,
    randomSeed: o.randomSeed,
    skipIds: [],
    tempRoot: ctx.tempRoot,
    ...extra,
  };
}

export async function main(argv: string[], io: IO = stdio): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`regrtest: error: ${e.message}\nPass -h or --help for complete help.\n`);
    return 2;
  }
  if (opts.help) {
    io.out(usage() + "\n");
    return 0;
  }
  if (opts.merge) return merge(opts, io);

  let cpython;
  try {
    cpython = findCPython();
  } catch (e) {
    if (!(e instanceof CPythonNotFound)) throw e;
    io.err(`regrtest: ${e.message}\nFix: ${e.fix}\n`);
    return 2;
  }
  const customTestDir = opts.testdir !== undefined;
  const testDir = customTestDir ? resolve(opts.testdir!) : cpython.testDir;
  const ctx: Context = {
    opts,
    io,
    testDir,
    customTestDir,
    pathAppend: [dirname(cpython.testDir)],
    tempRoot: opts.tempdir ? resolve(opts.tempdir) : undefined,
  };

  // --- selection (libregrtest main.py find_tests) ---
  let selected: string[];
  const all = findTests(testDir, opts.exclude ? new Set(opts.tests) : new Set());
  if (opts.fromfile) selected = testsFromFile(opts.fromfile).map((t) => t.replace(/\.py$/, ""));
  else if (opts.tests.length && !opts.exclude) selected = splitTestPackages(opts.tests, testDir);
  else selected = all;
  if (opts.start) {
    const at = selected.indexOf(opts.start);
    if (at < 0) {
      io.out(`Cannot find starting test: ${opts.start}\n`);
      return 1;
    }
    selected = selected.slice(at);
  }
  const seed = opts.randomSeed ?? Math.floor(Math.random() * 2 ** 32);
  if (opts.randomize) selected = shuffle(selected, seed);
  if (opts.shard) selected = shard(selected, opts.shard[0], opts.shard[1]);
  if (opts.listTests) {
    for (const t of selected) io.out(t + "\n");
    return 0;
  }

  const impl = resolveImplementation(opts.python);
  const expectationsDir = opts.expectations ? resolve(opts.expectations) : impl.isTaipan ? EXPECTATIONS_DIR : undefined;
  if (opts.updateExpectations && !expectationsDir) {
    io.err("regrtest: --update-expectations writes Taipan's expectation files; with --python give --expectations DIR\n");
    return 2;
  }
  const jobs = opts.jobs === undefined ? 1 : opts.jobs <= 0 ? cpus().length + 2 : opts.jobs;

  if (opts.listCases) return listCases(ctx, selected, impl, jobs);

  const logger = new Logger(io.out, opts.quiet);
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    killAllWorkers();
  };
  process.on("SIGINT", onSigint);
  try {
    return await runTests(ctx, selected, impl, cpython, jobs, seed, logger, expectationsDir, () => interrupted);
  } finally {
    process.off("SIGINT", onSigint);
  }
}

async function runTests(
  ctx: Context,
  selected: string[],
  impl: Implementation,
  cpython: { version: string; executable: string },
  jobs: number,
  seed: number,
  logger: Logger,
  expectationsDir: string | undefined,
  isInterrupted: () => boolean,
): Promise<number> {
  const { opts, io } = ctx;
  const compare = !opts.noCompare;
  const cache = new BaselineCache(opts.cacheDir ? resolve(opts.cacheDir) : CACHE_ROOT, cpython.version, ctx.customTestDir ? ctx.testDir : undefined);
  const filtered = opts.matchTests.length > 0;

  if (opts.header || ((!opts.tests.length || opts.exclude) && !opts.fromfile && !opts.quiet)) {
    io.out(`== ${impl.name ?? impl.label} ${impl.version ?? ""} (${impl.command.join(" ")})\n`);
    io.out(`== ${process.platform} ${process.arch}, Node ${process.version}\n== cwd: ${process.cwd()}\n== CPU count: ${cpus().length}\n`);
    io.out(`== reference: CPython ${cpython.version} (${cpython.executable}), tests from ${ctx.testDir}\n`);
  }
  io.out(`Using random seed: ${seed}\n`);

  // --- CPython's baseline, for the test files not cached yet ---
  const baselines = new Map<string, BaselineEntry>();
  let baselineSeconds = 0;
  if (compare) {
    const missing: string[] = [];
    for (const t of selected) {
      const e = opts.baseline ? undefined : cache.load(t, opts.useResources);
      if (e) baselines.set(t, e);
      else missing.push(t);
    }
    if (missing.length) {
      const t0 = Date.now();
      logger.log(`Running the CPython ${cpython.version} baseline of ${missing.length} test file(s) (cached in ${cache.dir})`);
      const ref = { command: [cpython.executable], env: cleanEnv(), nodeBased: false };
      let done = 0;
      await runPool(
        missing,
        jobs,
        async (t) => {
          const r = await runModule(
            jobFor(ctx, t, ref, { verbose: 0, quiet: true, failfast: false, matchTests: [], randomSeed: undefined }),
          );
          done++;
          if (r.state === State.INTERRUPTED || isInterrupted()) return;
          const e = baselineFromResult(r, cpython.version, opts.useResources);
          cache.save(e);
          baselines.set(t, e);
          if (opts.verbose || r.duration >= 30) logger.log(`baseline [${done}/${missing.length}] ${t}: ${r.state} (${formatDuration(r.duration)})`);
        },
        isInterrupted,
      );
      baselineSeconds = (Date.now() - t0) / 1000;
      logger.log(`CPython baseline done in ${formatDuration(baselineSeconds)}`);
    }
  }

  // --- the implementation under test ---
  const running = new Map<string, number>();
  const runningText = () => {
    const slow = [...running].filter(([, t0]) => Date.now() - t0 >= 30000).map(([n, t0]) => `${n} (${formatDuration((Date.now() - t0) / 1000)})`);
    return slow.length ? `running (${slow.length}): ${slow.join(", ")}` : null;
  };
  const console_ = new ConsoleReporter(io.out, logger, {
    quiet: opts.quiet,
    verbose: opts.verbose,
    outputOnFailure: opts.verbose3,
    printSlow: opts.printSlow,
    failEnvChanged: opts.failEnvChanged,
    running: runningText,
  });
  const reporters: Reporter[] = [console_];
  if (opts.json) reporters.push(new JsonReporter(resolve(opts.json)));
  if (opts.junitXml) reporters.push(new JunitReporter(resolve(opts.junitXml)));
  const info: RunInfo = {
    implementation: { label: impl.label, name: impl.name, version: impl.version, command: impl.command },
    cpython: { version: cpython.version, executable: cpython.executable },
    tests: selected,
    jobs,
    timeout: opts.timeout,
    randomSeed: seed,
    compare,
    filtered,
  };
  for (const r of reporters) r.start(info);
  const t0 = Date.now();
  const results = new TestResults();
  const reports: ModuleReport[] = [];
  let stop = false;
  const nt = `${selected.length} test${selected.length === 1 ? "" : "s"}`;
  const msg = opts.jobs === undefined ? `Run ${nt} sequentially` : `Run ${nt} in parallel using ${jobs} worker process${jobs === 1 ? "" : "es"}`;
  logger.log(msg + (opts.timeout ? ` (timeout: ${formatDuration(opts.timeout)} per test)` : ""));
  const ticker = setInterval(() => {
    const r = runningText();
    if (r && !opts.quiet) logger.log(r);
  }, 30000);
  const selectedIds = makeFilter(opts.matchTests);
  const expectationsOf = (t: string) => (expectationsDir ? loadExpectations(expectationsDir, t) : emptyExpectations(t));
  try {
    await runPool(
      selected,
      jobs,
      async (t) => {
        const exp = expectationsOf(t);
        running.set(t, Date.now());
        const r = exp.skipModule ? skippedByExpectations(t, exp.skipModule) : await runModule(jobFor(ctx, t, impl, { skipIds: [...exp.skip.keys()] }));
        running.delete(t);
        if (isInterrupted()) r.state = State.INTERRUPTED;
        const rep: ModuleReport = { result: r, index: reports.length + 1 };
        if (compare) {
          rep.baseline = baselines.get(t);
          rep.comparison = compareModule(r, rep.baseline, exp, selectedIds);
        }
        reports.push(rep);
        results.accumulate(r, opts.failEnvChanged);
        for (const rp of reporters) rp.result(rep);
        if (r.state === State.INTERRUPTED || r.state === State.WORKER_BUG) stop = true;
        if (opts.failfast && (r.state === State.FAILED || isFailing(r.tests.find((x) => isFailing(x.o))?.o))) stop = true;
      },
      () => stop || isInterrupted(),
    );
  } finally {
    clearInterval(ticker);
  }
  if (isInterrupted()) {
    io.out("\n");
    results.interrupted = true;
  }

  let stateBeforeRerun: string | undefined;
  let rerun: ModuleReport[] | undefined;
  if (opts.rerun && results.bad.length && !results.interrupted) {
    stateBeforeRerun = results.getState(opts.failEnvChanged);
    rerun = await rerunFailed(ctx, impl, reports, results, logger, baselines, expectationsOf);
  }

  const seconds = (Date.now() - t0) / 1000 + baselineSeconds;
  let state = results.getState(opts.failEnvChanged);
  if (stateBeforeRerun) state = `${stateBeforeRerun} then ${state}`;
  const regressions = reports.reduce((a, m) => a + (m.comparison?.regressions.length ?? 0), 0);
  let exitCode = 0;
  if (compare ? regressions > 0 : results.bad.length > 0) exitCode = EXITCODE_BAD_TEST;
  else if (results.interrupted) exitCode = EXITCODE_INTERRUPTED;
  else if (opts.failEnvChanged && results.envChanged.length) exitCode = EXITCODE_ENV_CHANGED;
  else if (results.noTestsRun()) exitCode = EXITCODE_NO_TESTS_RAN;
  else if (opts.failRerun && results.rerun.length) exitCode = EXITCODE_RERUN_FAIL;
  else if (results.workerBug) exitCode = EXITCODE_BAD_TEST;
  if (results.interrupted && exitCode === EXITCODE_BAD_TEST) exitCode = EXITCODE_INTERRUPTED;

  if (opts.updateExpectations && expectationsDir && !results.interrupted) {
    updateFiles(ctx, reports, expectationsDir, cpython.version, filtered);
  }
  for (const r of reporters) r.finish({ info, results, modules: reports, state, exitCode, seconds, baselineSeconds, rerun, stateBeforeRerun });
  return exitCode;
}

function skippedByExpectations(name: string, reason: string): ModuleResult {
  return {
    name,
    state: State.SKIPPED,
    duration: 0,
    tests: [],
    stats: { run: 0, failures: 0, skipped: 0 },
    message: `expectations: ${reason}`,
    output: `${name} skipped -- expectations: ${reason}\n`,
    envNotes: [],
    attempts: 0,
    skippedByExpectation: [],
    garbage: 0,
    skippedModule: true,
  };
}

/** -w: the failed tests once more, verbose, each file in a fresh worker (main.py _rerun_failed_tests). */
async function rerunFailed(
  ctx: Context,
  impl: Implementation,
  reports: ModuleReport[],
  results: TestResults,
  logger: Logger,
  baselines: Map<string, BaselineEntry>,
  expectationsOf: (t: string) => ReturnType<typeof emptyExpectations>,
): Promise<ModuleReport[]> {
  const bad = [...results.bad];
  results.rerunBad.push(...bad);
  results.bad = [];
  ctx.io.out("\n");
  logger.log(`Re-running ${bad.length} failed tests in verbose mode in subprocesses`);
  const out: ModuleReport[] = [];
  let i = 0;
  for (const name of bad) {
    const rep = reports.find((r) => r.result.name === name)!;
    const failing = rep.result.tests.filter((t) => isFailing(t.o) && t.started).map((t) => t.id);
    const match: [string, boolean][] = failing.length ? failing.map((id) => [id, true]) : ctx.opts.matchTests;
    ctx.io.out(`Re-running ${name} in verbose mode${failing.length ? ` (matching: ${failing.join(", ")})` : ""}\n`);
    const r = await runModule(jobFor(ctx, name, impl, { verbose: 1, matchTests: match, skipIds: [...expectationsOf(name).skip.keys()] }));
    results.accumulate(r, ctx.opts.failEnvChanged, true);
    // What the rerun saw replaces the first run's record of those tests.
    const byId = new Map(r.tests.map((t) => [t.id, t]));
    rep.result.tests = rep.result.tests.map((t) => byId.get(t.id) ?? t);
    if (rep.comparison) rep.comparison = compareModule(rep.result, baselines.get(name), expectationsOf(name), makeFilter(ctx.opts.matchTests));
    const again: ModuleReport = { result: r, index: ++i };
    logger.progress(i, `${name} ${r.state === State.PASSED ? "passed" : "failed again"}`, 0);
    if (r.output.trim()) ctx.io.out(r.output.replace(/\s+$/, "") + "\n");
    out.push(again);
  }
  if (results.bad.length) ctx.io.out(`${results.bad.length} test${results.bad.length === 1 ? "" : "s"} failed again:\n    ${results.bad.join(" ")}\n`);
  return out;
}

function updateFiles(ctx: Context, reports: ModuleReport[], dir: string, version: string, filtered: boolean): void {
  const statusPath = ctx.opts.statusFile ? resolve(ctx.opts.statusFile) : STATUS_FILE;
  const status = loadStatus(statusPath);
  status.cpython = version;
  let written = 0;
  for (const rep of reports) {
    const name = rep.result.name;
    const old = loadExpectations(dir, name);
    const next = updatedExpectations(rep.result, rep.baseline, old, filtered);
    saveExpectations(dir, next);
    written++;
    const c: ModuleComparison | undefined = rep.comparison;
    if (c && c.compared && !filtered) {
      status.modules.set(name, { cpython: c.cpythonPassing, passing: c.passing, rate: c.cpythonPassing ? Math.round((c.passing / c.cpythonPassing) * 1000) / 10 : 0, state: rep.result.state });
    }
  }
  saveStatus(statusPath, status);
  ctx.io.out(`\nUpdated expectations of ${written} test file(s) in ${dir} and ${statusPath}\n`);
}

async function listCases(ctx: Context, selected: string[], impl: Implementation, jobs: number): Promise<number> {
  const found = new Map<string, ModuleResult & { plan?: string[] }>();
  await runPool(
    selected,
    jobs,
    async (t) => {
      found.set(t, (await runModule(jobFor(ctx, t, impl, { listOnly: true }))) as ModuleResult & { plan?: string[] });
    },
    () => false,
  );
  const skipped: string[] = [];
  for (const t of selected) {
    const r = found.get(t)!;
    if (r.state === State.SKIPPED || r.state === State.RESOURCE_DENIED) skipped.push(t);
    else if (r.plan) for (const id of r.plan) if (!id.startsWith("unittest.loader._FailedTest")) ctx.io.out(id + "\n");
    if (r.state !== State.PASSED && r.state !== State.SKIPPED && r.state !== State.RESOURCE_DENIED) ctx.io.err(`${t}: ${r.state}${r.message ? `: ${r.message}` : ""}\n`);
  }
  if (skipped.length) ctx.io.err(`\n${skipped.length} test${skipped.length === 1 ? "" : "s"} skipped:\n    ${skipped.join(" ")}\n`);
  return 0;
}

/** --merge FILE...: one report from the --json files of shards. */
async function merge(opts: Options, io: IO): Promise<number> {
  if (!opts.tests.length) {
    io.err("regrtest: --merge needs the --json files of the shards as arguments\n");
    return 2;
  }
  const docs: JsonReport[] = [];
  for (const f of opts.tests.map((t) => (existsSync(t) ? t : `${t}.py`))) {
    const doc = JSON.parse(readFileSync(f, "utf8")) as JsonReport;
    if (doc.format !== JSON_FORMAT) {
      io.err(`regrtest: ${f} is not a regrtest --json file\n`);
      return 2;
    }
    docs.push(doc);
  }
  const info: RunInfo = { ...docs[0].info, tests: docs.flatMap((d) => d.info.tests), filtered: docs.some((d) => d.info.filtered) };
  const logger = new Logger(io.out, opts.quiet);
  const results = new TestResults();
  const reports: ModuleReport[] = [];
  const console_ = new ConsoleReporter(io.out, logger, {
    quiet: opts.quiet,
    verbose: opts.verbose,
    outputOnFailure: opts.verbose3,
    printSlow: opts.printSlow,
    failEnvChanged: opts.failEnvChanged,
    running: () => null,
  });
  const reporters: Reporter[] = [console_];
  if (opts.json) reporters.push(new JsonReporter(resolve(opts.json)));
  if (opts.junitXml) reporters.push(new JunitReporter(resolve(opts.junitXml)));
  for (const r of reporters) r.start(info);
  for (const d of docs) {
    for (const m of d.modules) {
      const rep: ModuleReport = { ...m, index: reports.length + 1 };
      reports.push(rep);
      results.accumulate(m.result, opts.failEnvChanged);
      for (const r of reporters) r.result(rep);
    }
  }
  const regressions = reports.reduce((a, m) => a + (m.comparison?.regressions.length ?? 0), 0);
  const state = results.getState(opts.failEnvChanged);
  let exitCode = 0;
  if (info.compare ? regressions > 0 : results.bad.length > 0) exitCode = EXITCODE_BAD_TEST;
  else if (opts.failEnvChanged && results.envChanged.length) exitCode = EXITCODE_ENV_CHANGED;
  else if (results.noTestsRun()) exitCode = EXITCODE_NO_TESTS_RAN;
  const seconds = Math.max(...docs.map((d) => d.seconds));
  for (const r of reporters) r.finish({ info, results, modules: reports, state, exitCode, seconds, baselineSeconds: 0 });
  void rate;
  return exitCode;
}
