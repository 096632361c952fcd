// Runs one test module in fresh worker processes of the implementation under test (libregrtest's
// run_workers.py WorkerThread, plus resumption): each worker is started in its own process group
// and temporary directory, with stdout and stderr going to one file and the harness's events to a
// second file on fd 3 that test output cannot reach. A worker that crashes or stops reporting for
// `timeout` seconds is killed (its whole group); the test it was running is recorded as CRASHED or
// TIMEOUT with the output it left, and the module resumes after that test in a new worker.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync, chmodSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HARNESS } from "./paths";
import { ModuleResult, Outcome, State, TestRecord, isFailing } from "./state";
import { errorLine, formatDuration } from "./utils";

export interface WorkerJob {
  /** Name as regrtest shows it: test_x, or test.test_asyncio.test_y for split packages. */
  testName: string;
  /** Name the harness imports. */
  moduleName: string;
  /** The implementation's command (argv prefix); the harness and its flags are appended. */
  command: string[];
  env: NodeJS.ProcessEnv;
  /** Memory cap per worker in MiB: V8's old space for node-based implementations, RLIMIT_AS otherwise. */
  memoryMB: number | null;
  nodeBased: boolean;
  /** A test directory put first on sys.path (--testdir); else the module lives in the `test` package. */
  testdir?: string;
  /** Directories appended to sys.path (the parent of CPython's test package). */
  pathAppend: string[];
  verbose: number;
  quiet: boolean;
  failfast: boolean;
  useResources: string[];
  matchTests: [string, boolean][];
  /** Seconds a worker may go without reporting (one test, fixture or import) before it is killed. */
  timeout: number | null;
  randomSeed?: number;
  /** Test ids not to run (expectations: they crash or hang). */
  skipIds: string[];
  /** Only load the module and report its test ids (--list-cases). */
  listOnly?: boolean;
  /** Where worker temporary directories go (default: the OS's). */
  tempRoot?: string;
}

/** One line of the harness's result channel. */
export interface WorkerEvent {
  e: string;
  [field: string]: unknown;
}

type Current = { kind: "test"; id: string; at: number } | { kind: "phase"; p: string; t: string; at: number };

interface AttemptState {
  hello: boolean;
  current: Current | null;
  doneEv: WorkerEvent | null;
  fatal: WorkerEvent | null;
  progressed: boolean;
  attemptPlan: string[] | null;
}

interface Attempt {
  events: WorkerEvent[];
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  output: Buffer;
  leaked: string[];
  garbage: number;
  seconds: number;
  spawnError?: string;
}

/** Seconds a worker may take to exit once it has reported its results. */
const EXIT_TIMEOUT = 60;

/** Process groups of live workers, so that an interrupted run can kill them all. */
export const liveWorkers = new Set<number>();

export function killAllWorkers(): void {
  for (const pid of liveWorkers) killGroup(pid);
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    /* already gone */
  }
}

/** Parses complete lines of the result channel; keeps the rest for later. */
export class EventReader {
  private pending = "";
  garbage = 0;
  readonly events: WorkerEvent[] = [];
  constructor(private readonly token: string) {}

  feed(text: string, final = false): WorkerEvent[] {
    this.pending += text;
    const lines = this.pending.split("\n");
    this.pending = final ? "" : lines.pop()!;
    const fresh: WorkerEvent[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      let ev: unknown;
      try {
        ev = JSON.parse(line);
      } catch {
        this.garbage++;
        continue;
      }
      const o = ev as WorkerEvent & { k?: unknown };
      if (o === null || typeof o !== "object" || o.k !== this.token || typeof o.e !== "string") {
        this.garbage++;
        continue;
      }
      fresh.push(o);
    }
    this.events.push(...fresh);
    return fresh;
  }
}

function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // Tests sometimes leave directories without permissions: give them back, then retry.
    const fix = (p: string) => {
      try {
        chmodSync(p, 0o700);
        if (statSync(p).isDirectory()) for (const e of readdirSync(p)) fix(join(p, e));
      } catch {
        /* best effort */
      }
    };
    fix(dir);
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      /* left for the OS to clean */
    }
  }
}

function signalName(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `killed by ${signal}`;
  return `Exit code ${code}`;
}

/** Runs one worker process until it exits or is killed. */
function runAttempt(job: WorkerJob, cfgExtra: Record<string, unknown>, onEvent: (ev: WorkerEvent) => void): Promise<Attempt> {
  let sigusr1 = false;
  const onEvent_ = onEvent;
  let finishedReporting = false;
  onEvent = (ev) => {
    if (ev.e === "plan" && ev.sigusr1 === true) sigusr1 = true;
    if (ev.e === "done" || ev.e === "skip") finishedReporting = true;
    onEvent_(ev);
  };
  const base = mkdtempSync(join(job.tempRoot ?? tmpdir(), "taipan_regrtest_"));
  const ctl = join(base, "ctl");
  const tmp = join(base, "tmp");
  const cwd = join(base, "cwd");
  for (const d of [ctl, tmp, cwd]) mkdirSync(d);
  const token = randomBytes(8).toString("hex");
  const cfgPath = join(ctl, "config.json");
  writeFileSync(
    cfgPath,
    JSON.stringify({
      events_fd: 3,
      token,
      test_name: job.testName,
      module: job.moduleName,
      testdir: job.testdir ?? null,
      path_append: job.pathAppend,
      verbose: job.verbose,
      quiet: job.quiet,
      failfast: job.failfast,
      use_resources: job.useResources,
      match_tests: job.matchTests,
      timeout: job.timeout,
      random_seed: job.randomSeed ?? null,
      list_only: !!job.listOnly,
      ...cfgExtra,
    }),
  );
  const outPath = join(ctl, "output");
  const evPath = join(ctl, "events");
  const outFd = openSync(outPath, "a");
  const evFd = openSync(evPath, "a");
  const env: NodeJS.ProcessEnv = { ...job.env, TMPDIR: tmp, TEMP: tmp, TMP: tmp };
  let file = job.command[0];
  let args = [...job.command.slice(1), "-I", "-S", "-u", HARNESS, cfgPath];
  if (job.memoryMB) {
    if (job.nodeBased) {
      env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --max-old-space-size=${job.memoryMB}`.trim();
    } else {
      args = ["-c", `ulimit -v ${job.memoryMB * 1024} 2>/dev/null; exec "$@"`, "sh", file, ...args];
      file = "/bin/sh";
    }
  }
  const reader = new EventReader(token);
  const started = Date.now();
  return new Promise((done) => {
    let evOffset = 0;
    const chunk = Buffer.alloc(1 << 16);
    const readEvents = (final: boolean) => {
      let fd: number;
      try {
        fd = openSync(evPath, "r");
      } catch {
        return;
      }
      try {
        for (;;) {
          const n = readSync(fd, chunk, 0, chunk.length, evOffset);
          if (n <= 0) break;
          evOffset += n;
          for (const ev of reader.feed(chunk.toString("utf8", 0, n))) {
            lastEvent = Date.now();
            onEvent(ev);
          }
        }
        if (final) for (const ev of reader.feed("", true)) onEvent(ev);
      } finally {
        closeSync(fd);
      }
    };
    let lastEvent = Date.now();
    let timedOut = false;
    let finished = false;
    const child = spawn(file, args, {
      cwd,
      env,
      stdio: ["ignore", outFd, outFd, evFd],
      detached: true,
    });
    closeSync(outFd);
    closeSync(evFd);
    const pid = child.pid;
    if (pid !== undefined) liveWorkers.add(pid);
    const finish = (code: number | null, signal: NodeJS.Signals | null, spawnError?: string) => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      if (pid !== undefined) {
        killGroup(pid); // whatever the test left running in the worker's group
        liveWorkers.delete(pid);
      }
      readEvents(true);
      let output: Buffer = Buffer.alloc(0);
      try {
        output = readFileSync(outPath);
      } catch {
        /* nothing printed */
      }
      let leaked: string[] = [];
      try {
        leaked = readdirSync(tmp).sort();
      } catch {
        /* gone */
      }
      removeTree(base);
      done({
        events: reader.events,
        code,
        signal,
        timedOut,
        output,
        leaked,
        garbage: reader.garbage,
        seconds: (Date.now() - started) / 1000,
        spawnError,
      });
    };
    const timer = setInterval(() => {
      readEvents(false);
      // After its last report a worker only has to exit: a minute at most (regrtest's exit timeout is 2).
      const limit = finishedReporting ? Math.min(job.timeout ?? EXIT_TIMEOUT, EXIT_TIMEOUT) : job.timeout;
      if (limit && !timedOut && Date.now() - lastEvent > limit * 1000 && pid !== undefined) {
        timedOut = true;
        if (sigusr1) {
          // Ask for a traceback first (the harness registered faulthandler on SIGUSR1), then kill.
          try {
            process.kill(pid, "SIGUSR1");
          } catch {
            /* gone */
          }
          setTimeout(() => killGroup(pid), 1000);
        } else killGroup(pid);
      }
    }, 200);
    child.on("error", (err) => finish(null, null, String(err.message)));
    child.on("exit", (code, signal) => finish(code, signal));
  });
}

/** Runs a module to its end, resuming after each crashed or hung test. */
export async function runModule(job: WorkerJob): Promise<ModuleResult> {
  const records = new Map<string, TestRecord>();
  const skipClasses = new Set<string>();
  const skipModules = new Set<string>();
  let plan: string[] | null = null;
  const outputs: string[] = [];
  const envNotes: string[] = [];
  const m = { state: null as State | null, message: undefined as string | undefined };
  let attempts = 0;
  let garbage = 0;
  let seconds = 0;
  let sawSkipWithoutRun = false;
  let loadErrors = false;
  let crashes = 0;
  let timeouts = 0;
  let interrupted = false;

  for (;;) {
    attempts++;
    const a: AttemptState = { hello: false, current: null, doneEv: null, fatal: null, progressed: false, attemptPlan: null };
    const attempt = await runAttempt(
      job,
      {
        skip_ids: [...records.keys(), ...job.skipIds],
        skip_classes: [...skipClasses],
        skip_modules: [...skipModules],
      },
      (ev) => {
        switch (ev.e) {
          case "hello":
            a.hello = true;
            break;
          case "phase":
            a.current = { kind: "phase", p: String(ev.p), t: String(ev.t), at: -1 };
            break;
          case "plan":
            a.attemptPlan = (ev.ids as string[]) ?? [];
            if (plan === null) plan = a.attemptPlan;
            break;
          case "start":
            a.current = { kind: "test", id: String(ev.id), at: Number(ev.at ?? -1) };
            break;
          case "result": {
            const id = String(ev.id);
            const started = a.current !== null && a.current.kind === "test" && a.current.id === id;
            const rec: TestRecord = {
              id,
              o: ev.o as Outcome,
              dt: Number(ev.dt ?? 0),
              nf: Number(ev.nf ?? 0),
              ne: Number(ev.ne ?? 0),
              started,
            };
            if (typeof ev.tb === "string") rec.tb = ev.tb;
            if (typeof ev.r === "string") rec.r = ev.r;
            if (started) {
              (rec as TestRecord & { _at?: [number, number] })._at = [a.current!.at, Number(ev.at ?? -1)];
              a.current = null;
            }
            records.set(id, rec);
            a.progressed = true;
            break;
          }
          case "skip":
            m.state = ev.state === State.RESOURCE_DENIED ? State.RESOURCE_DENIED : State.SKIPPED;
            m.message = String(ev.reason ?? "");
            sawSkipWithoutRun = true;
            break;
          case "error":
            if (ev.fatal === false) {
              loadErrors = true;
              m.message ??= errorLine(String(ev.tb ?? ""));
            } else a.fatal = ev;
            break;
          case "done":
            a.doneEv = ev;
            break;
        }
      },
    );
    seconds += attempt.seconds;
    garbage += attempt.garbage;
    const outText = attempt.output.toString("utf8");
    outputs.push(outText);
    // Per-test output, cut from the output file by the offsets the harness reported.
    for (const rec of records.values()) {
      const at = (rec as TestRecord & { _at?: [number, number] })._at;
      if (!at) continue;
      delete (rec as TestRecord & { _at?: [number, number] })._at;
      if (at[0] >= 0 && at[1] > at[0]) rec.out = truncate(attempt.output.subarray(at[0], at[1]).toString("utf8"));
    }
    if (attempt.leaked.length) {
      envNotes.push(`${job.testName} leaked temporary files (${attempt.leaked.length}): ${attempt.leaked.join(", ")}`);
    }
    const exit = signalName(attempt.code, attempt.signal);
    const cur = a.current;
    const fatalEv = a.fatal;
    const done = a.doneEv;

    if (attempt.spawnError) {
      m.state = State.WORKER_FAILED;
      m.message = attempt.spawnError;
      break;
    }
    if (done) {
      for (const n of (done.env as string[]) ?? []) envNotes.push(n);
      if (attempt.timedOut) envNotes.push(`${job.testName} did not exit after reporting its results (killed)`);
      else if (attempt.code !== 0) {
        m.state = State.WORKER_FAILED;
        m.message = exit;
      }
      break;
    }
    if (m.state === State.SKIPPED || m.state === State.RESOURCE_DENIED) break;
    if (fatalEv) {
      if (fatalEv.phase === "interrupted") interrupted = true;
      else {
        m.state = State.UNCAUGHT_EXC;
        m.message = errorLine(String(fatalEv.tb ?? ""));
      }
      break;
    }
    if (job.listOnly && a.attemptPlan !== null) break;
    if (!a.hello) {
      m.state = attempt.timedOut ? State.TIMEOUT : State.WORKER_FAILED;
      // The first error it printed: the exception line of a traceback, else its first line.
      const first = /^Traceback \(most recent call last\):/m.test(outText) ? errorLine(outText) : outText.split("\n").find((l) => l.trim())?.trim();
      m.message = attempt.timedOut ? `no answer in ${formatDuration(job.timeout ?? 0)}` : first ? `${exit}: ${first}` : exit;
      break;
    }
    // The worker died (or was killed) before it finished: charge what it was doing.
    const how: Outcome = attempt.timedOut ? "timeout" : "crashed";
    const why = attempt.timedOut ? `timed out after ${formatDuration(job.timeout ?? 0)} (${exit})` : exit;
    if (attempt.timedOut) timeouts++;
    else crashes++;
    const tail = (from: number) => truncate(attempt.output.subarray(Math.max(0, from)).toString("utf8"));
    if (cur === null || (cur.kind === "phase" && (cur.p === "import" || cur.p === "load"))) {
      // Nothing to resume after: the module itself could not be loaded, or we do not know where it stopped.
      m.state = attempt.timedOut ? State.TIMEOUT : State.WORKER_FAILED;
      const where = cur === null ? (a.attemptPlan === null ? "before the tests were loaded" : "between tests") : `while ${cur.p === "import" ? "importing" : "loading"} ${cur.t}`;
      m.message = `${why} ${where}`;
      if (cur === null && a.attemptPlan !== null && a.progressed && remaining(plan, records, job.skipIds, skipClasses, skipModules) > 0) {
        continue; // it made progress: carry on after the last reported test
      }
      break;
    }
    if (cur.kind === "test") {
      records.set(cur.id, { id: cur.id, o: how, dt: 0, nf: 0, ne: 0, tb: why, out: cur.at >= 0 ? tail(cur.at) : undefined, started: true });
    } else {
      const id = `${cur.p} (${cur.t})`;
      records.set(id, { id, o: how, dt: 0, nf: 0, ne: 0, tb: why, out: tail(0), started: false });
      if (cur.p === "setUpClass") skipClasses.add(cur.t);
      else if (cur.p === "setUpModule") skipModules.add(cur.t);
      else if (cur.p === "finish" || cur.p === "tearDownModule") break;
    }
    if (remaining(plan, records, job.skipIds, skipClasses, skipModules) === 0) break;
  }

  const tests = [...records.values()];
  const stats = {
    run: tests.filter((t) => t.started).length,
    failures: tests.reduce((a, t) => a + t.nf, 0),
    skipped: tests.filter((t) => t.o === "skipped").length,
  };
  if (interrupted) m.state = State.INTERRUPTED;
  if (m.state === null) {
    if (timeouts) {
      m.state = State.TIMEOUT;
      m.message = `${timeouts} test${timeouts > 1 ? "s" : ""} timed out after ${formatDuration(job.timeout ?? 0)}: ${firstOf(tests, "timeout")}; module resumed`;
    } else if (crashes) {
      m.state = State.WORKER_FAILED;
      const first = tests.find((t) => t.o === "crashed");
      m.message = `${first?.tb ?? "crashed"} in ${first?.id}${crashes > 1 ? ` and ${crashes - 1} more` : ""}; module resumed`;
    } else if (tests.some((t) => isFailing(t.o)) || loadErrors) {
      m.state = State.FAILED;
      const first = tests.find((t) => isFailing(t.o));
      m.message ??= first ? `${first.id}: ${errorLine(first.tb)}` : undefined;
    } else if (!stats.run && !stats.skipped && !sawSkipWithoutRun && !job.listOnly) {
      m.state = State.DID_NOT_RUN;
    } else if (envNotes.length) {
      m.state = State.ENV_CHANGED;
    } else m.state = State.PASSED;
  }
  return {
    name: job.testName,
    state: m.state!,
    duration: seconds,
    tests,
    stats,
    message: m.message,
    output: outputs.join(""),
    envNotes,
    attempts,
    skippedByExpectation: job.skipIds,
    garbage,
    ...(job.listOnly ? { plan: plan ?? [] } : {}),
  } as ModuleResult;
}

function firstOf(tests: TestRecord[], o: Outcome): string {
  return tests.find((t) => t.o === o)?.id ?? "?";
}

function remaining(
  plan: string[] | null,
  records: Map<string, TestRecord>,
  skipIds: string[],
  skipClasses: Set<string>,
  skipModules: Set<string>,
): number {
  if (plan === null) return 0;
  const skip = new Set(skipIds);
  let n = 0;
  for (const id of plan) {
    if (records.has(id) || skip.has(id)) continue;
    const cls = id.replace(/ \[\d+\]$/, "").split(".").slice(0, -1).join(".");
    if (skipClasses.has(cls)) continue;
    if ([...skipModules].some((m) => id.startsWith(m + "."))) continue;
    n++;
  }
  return n;
}

const MAX_OUT = 8000;
function truncate(s: string): string | undefined {
  if (!s) return undefined;
  return s.length > MAX_OUT ? s.slice(0, MAX_OUT / 2) + `\n[... ${s.length - MAX_OUT} characters cut ...]\n` + s.slice(-MAX_OUT / 2) : s;
}
