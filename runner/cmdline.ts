// The command line of `python3 -m test` in 3.11 (libregrtest's cmdline.py), plus ours.
// One table drives parsing and --help.
import { readFileSync } from "node:fs";
import { shlexSplit } from "./utils";

export const ALL_RESOURCES = ["audio", "curses", "largefile", "network", "decimal", "cpu", "subprocess", "urlfetch", "gui", "walltime"];
export const RESOURCE_NAMES = [...ALL_RESOURCES, "extralargefile", "tzdata"];

export interface Options {
  tests: string[];
  help: boolean;
  verbose: number;
  quiet: boolean;
  rerun: boolean;
  verbose3: boolean;
  printSlow: boolean;
  header: boolean;
  randomize: boolean;
  randomSeed?: number;
  fromfile?: string;
  exclude: boolean;
  start?: string;
  matchTests: [string, boolean][];
  failfast: boolean;
  useResources: string[];
  testdir?: string;
  jobs?: number;
  /** Seconds without a report from a worker before it is killed; null: never. */
  timeout: number | null;
  listTests: boolean;
  listCases: boolean;
  failEnvChanged: boolean;
  failRerun: boolean;
  junitXml?: string;
  tempdir?: string;
  // ours
  python?: string[];
  baseline: boolean;
  noCompare: boolean;
  updateExpectations: boolean;
  json?: string;
  shard?: [number, number];
  merge: boolean;
  expectations?: string;
  statusFile?: string;
  cacheDir?: string;
  workerMemory: number | null;
}

/** Default --timeout: a worker silent this long (one test, one fixture, one import) is killed. */
export const DEFAULT_TIMEOUT = 300;
/** Default cap on one worker's memory, in MiB (the machine is shared; -j workers run at once). */
export const DEFAULT_WORKER_MEMORY = 6144;

export class UsageError extends Error {}

type Kind = "flag" | "count" | "value" | "append";
interface Opt {
  short?: string;
  long: string;
  kind: Kind;
  meta?: string;
  group: string;
  help: string;
  apply: (o: Options, v: string) => void;
}

function int(v: string, what: string): number {
  if (!/^-?\d+$/.test(v.trim())) throw new UsageError(`argument ${what}: invalid int value: '${v}'`);
  return parseInt(v, 10);
}

function resources(o: Options, v: string): void {
  for (const raw of v.split(",")) {
    const r = raw.toLowerCase();
    if (r === "all") {
      o.useResources = [...ALL_RESOURCES];
      continue;
    }
    if (r === "none") {
      o.useResources = [];
      continue;
    }
    const remove = r.startsWith("-");
    const name = remove ? r.slice(1) : r;
    if (!RESOURCE_NAMES.includes(name)) throw new UsageError(`argument -u/--use: invalid resource: ${name}`);
    if (remove) o.useResources = o.useResources.filter((x) => x !== name);
    else if (!o.useResources.includes(name)) o.useResources.push(name);
  }
}

function patternsFromFile(path: string): string[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l);
}

const OPTIONS: Opt[] = [
  { short: "h", long: "help", kind: "flag", group: "General options", help: "show this help and exit", apply: (o) => (o.help = true) },
  {
    long: "timeout",
    kind: "value",
    meta: "TIMEOUT",
    group: "General options",
    help: `kill a worker that reports nothing for TIMEOUT seconds (one test, fixture or import); its test is recorded as TIMEOUT and the module resumes after it (default ${DEFAULT_TIMEOUT}; 0 or less: never)`,
    apply: (o, v) => {
      if (v === "") return void (o.timeout = null);
      const t = Number(v);
      if (!Number.isFinite(t)) throw new UsageError(`invalid timeout value: '${v}'`);
      o.timeout = t > 0 ? t : null;
    },
  },
  { short: "S", long: "start", kind: "value", meta: "START", group: "General options", help: "start at this test (skip the ones before it)", apply: (o, v) => (o.start = v) },
  { short: "p", long: "python", kind: "value", meta: "CMD", group: "General options", help: "the Python implementation under test (default: bin/taipan); a command line, split as a shell would", apply: (o, v) => (o.python = shlexSplit(v)) },
  { long: "randseed", kind: "value", meta: "SEED", group: "General options", help: "the random seed (implies --randomize)", apply: (o, v) => (o.randomSeed = int(v, "--randseed")) },
  { short: "v", long: "verbose", kind: "count", group: "Verbosity", help: "verbose unittest output; for a failing test, its traceback and a diff against CPython's output", apply: (o) => o.verbose++ },
  { short: "w", long: "rerun", kind: "flag", group: "Verbosity", help: "run the failed tests again, in verbose mode", apply: (o) => (o.rerun = true) },
  { short: "W", long: "verbose3", kind: "flag", group: "Verbosity", help: "show a module's output only when it fails", apply: (o) => (o.verbose3 = true) },
  { short: "q", long: "quiet", kind: "flag", group: "Verbosity", help: "no output unless something fails", apply: (o) => (o.quiet = true) },
  { short: "o", long: "slowest", kind: "flag", group: "Verbosity", help: "print the 10 slowest test files", apply: (o) => (o.printSlow = true) },
  { long: "header", kind: "flag", group: "Verbosity", help: "print a header describing the implementation", apply: (o) => (o.header = true) },
  { short: "r", long: "randomize", kind: "flag", group: "Selecting tests", help: "run the test files in random order", apply: (o) => (o.randomize = true) },
  { short: "f", long: "fromfile", kind: "value", meta: "FILE", group: "Selecting tests", help: "read the test names from FILE (any text: each test_xxx word counts; # starts a comment)", apply: (o, v) => (o.fromfile = v) },
  { short: "x", long: "exclude", kind: "flag", group: "Selecting tests", help: "the named tests are the ones NOT to run", apply: (o) => (o.exclude = true) },
  { short: "m", long: "match", kind: "append", meta: "PAT", group: "Selecting tests", help: "run only test ids (or parts of ids) matching the glob PAT", apply: (o, v) => o.matchTests.push([v, true]) },
  { short: "i", long: "ignore", kind: "append", meta: "PAT", group: "Selecting tests", help: "skip test ids (or parts of ids) matching the glob PAT", apply: (o, v) => o.matchTests.push([v, false]) },
  { long: "matchfile", kind: "append", meta: "FILE", group: "Selecting tests", help: "like --match, one pattern per line of FILE", apply: (o, v) => patternsFromFile(v).forEach((p) => o.matchTests.push([p, true])) },
  { long: "ignorefile", kind: "append", meta: "FILE", group: "Selecting tests", help: "like --ignore, one pattern per line of FILE", apply: (o, v) => patternsFromFile(v).forEach((p) => o.matchTests.push([p, false])) },
  { short: "G", long: "failfast", kind: "flag", group: "Selecting tests", help: "stop at the first failure (needs -v or -W)", apply: (o) => (o.failfast = true) },
  { short: "u", long: "use", kind: "append", meta: "RES1,RES2,...", group: "Selecting tests", help: `enable resources: ${RESOURCE_NAMES.join(", ")}; "all", "none", "-name" to remove one`, apply: resources },
  { long: "testdir", kind: "value", meta: "DIR", group: "Selecting tests", help: "run the test files of DIR instead of CPython's Lib/test", apply: (o, v) => (o.testdir = v) },
  { short: "j", long: "multiprocess", kind: "value", meta: "PROCESSES", group: "Special runs", help: "run PROCESSES workers at once (0: number of CPUs + 2)", apply: (o, v) => (o.jobs = int(v, "-j/--multiprocess")) },
  { long: "list-tests", kind: "flag", group: "Special runs", help: "print the names of the selected test files and exit", apply: (o) => (o.listTests = true) },
  { long: "list-cases", kind: "flag", group: "Special runs", help: "print the ids of the selected test cases and exit", apply: (o) => (o.listCases = true) },
  { long: "fail-env-changed", kind: "flag", group: "Special runs", help: "a test file that changes the environment fails", apply: (o) => (o.failEnvChanged = true) },
  { long: "fail-rerun", kind: "flag", group: "Special runs", help: "a test that fails, then passes when re-run, fails the run", apply: (o) => (o.failRerun = true) },
  { long: "junit-xml", kind: "value", meta: "FILE", group: "Special runs", help: "write JUnit XML results to FILE", apply: (o, v) => (o.junitXml = v) },
  { long: "tempdir", kind: "value", meta: "PATH", group: "Special runs", help: "where worker temporary directories go", apply: (o, v) => (o.tempdir = v) },
  { long: "baseline", kind: "flag", group: "Comparison with CPython (Taipan)", help: "run CPython again for the selected tests and refresh the cached baseline", apply: (o) => (o.baseline = true) },
  { long: "no-compare", kind: "flag", group: "Comparison with CPython (Taipan)", help: "do not compare with CPython (no baseline is run)", apply: (o) => (o.noCompare = true) },
  { long: "update-expectations", kind: "flag", group: "Comparison with CPython (Taipan)", help: "rewrite Lib/test/expectations/<module>.yaml and Lib/test/status.yaml from this run", apply: (o) => (o.updateExpectations = true) },
  { long: "expectations", kind: "value", meta: "DIR", group: "Comparison with CPython (Taipan)", help: "expectation files to use (default: Lib/test/expectations for Taipan, none for --python)", apply: (o, v) => (o.expectations = v) },
  { long: "status-file", kind: "value", meta: "FILE", group: "Comparison with CPython (Taipan)", help: "the pass-rate file --update-expectations writes (default: Lib/test/status.yaml)", apply: (o, v) => (o.statusFile = v) },
  { long: "cache-dir", kind: "value", meta: "DIR", group: "Comparison with CPython (Taipan)", help: "where CPython baselines are cached (default: node_modules/.cache/taipan)", apply: (o, v) => (o.cacheDir = v) },
  { long: "json", kind: "value", meta: "FILE", group: "Comparison with CPython (Taipan)", help: "write every result as JSON to FILE (what --merge reads)", apply: (o, v) => (o.json = v) },
  {
    long: "shard",
    kind: "value",
    meta: "K/N",
    group: "Comparison with CPython (Taipan)",
    help: "run only the K-th of N equal shares of the selected tests (for CI matrices)",
    apply: (o, v) => {
      const m = /^(\d+)\/(\d+)$/.exec(v);
      if (!m || +m[1] < 1 || +m[1] > +m[2]) throw new UsageError(`invalid shard '${v}': expected K/N with 1 <= K <= N`);
      o.shard = [+m[1], +m[2]];
    },
  },
  { long: "merge", kind: "flag", group: "Comparison with CPython (Taipan)", help: "join --json files given as arguments into one report", apply: (o) => (o.merge = true) },
  {
    long: "worker-memory",
    kind: "value",
    meta: "MIB",
    group: "Comparison with CPython (Taipan)",
    help: `cap each worker's memory (default ${DEFAULT_WORKER_MEMORY}; 0: no cap)`,
    apply: (o, v) => {
      const n = int(v, "--worker-memory");
      o.workerMemory = n > 0 ? n : null;
    },
  },
];

export function defaults(): Options {
  return {
    tests: [],
    help: false,
    verbose: 0,
    quiet: false,
    rerun: false,
    verbose3: false,
    printSlow: false,
    header: false,
    randomize: false,
    exclude: false,
    matchTests: [],
    failfast: false,
    useResources: [],
    timeout: DEFAULT_TIMEOUT,
    listTests: false,
    listCases: false,
    failEnvChanged: false,
    failRerun: false,
    baseline: false,
    noCompare: false,
    updateExpectations: false,
    merge: false,
    workerMemory: DEFAULT_WORKER_MEMORY,
  };
}

/** Parses argv the way argparse does for regrtest (options and test names may be mixed). */
export function parseArgs(argv: string[]): Options {
  const o = defaults();
  const byLong = new Map(OPTIONS.map((x) => [x.long, x]));
  const byShort = new Map(OPTIONS.filter((x) => x.short).map((x) => [x.short!, x]));
  const takesValue = (x: Opt) => x.kind === "value" || x.kind === "append";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      o.tests.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = a.slice(2, eq >= 0 ? eq : undefined);
      let opt = byLong.get(name);
      if (!opt) {
        // argparse accepts unambiguous prefixes of long options.
        const cands = OPTIONS.filter((x) => x.long.startsWith(name));
        if (cands.length === 1) opt = cands[0];
        else if (cands.length > 1) throw new UsageError(`ambiguous option: --${name} could match ${cands.map((c) => "--" + c.long).join(", ")}`);
      }
      if (!opt) throw new UsageError(`unrecognized arguments: ${a}`);
      if (takesValue(opt)) {
        let v: string | undefined = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined) throw new UsageError(`argument --${opt.long}: expected one argument`);
        opt.apply(o, v);
      } else {
        if (eq >= 0) throw new UsageError(`argument --${opt.long}: ignored explicit argument '${a.slice(eq + 1)}'`);
        opt.apply(o, "");
      }
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const opt = byShort.get(a[j]);
        if (!opt) throw new UsageError(`unrecognized arguments: ${a}`);
        if (takesValue(opt)) {
          const rest = a.slice(j + 1);
          const v = rest !== "" ? rest.replace(/^=/, "") : argv[++i];
          if (v === undefined) throw new UsageError(`argument -${opt.short}/--${opt.long}: expected one argument`);
          opt.apply(o, v);
          break;
        }
        opt.apply(o, "");
      }
      continue;
    }
    o.tests.push(a);
  }
  if (o.failfast && !(o.verbose || o.verbose3)) throw new UsageError("-G/--failfast needs either -v or -W");
  if (o.quiet) o.verbose = 0;
  if (o.randomSeed !== undefined) o.randomize = true;
  if (o.verbose) o.header = true;
  o.tests = o.tests.map((t) => (t.endsWith(".py") ? t.slice(0, -3) : t));
  return o;
}

export function usage(): string {
  const lines = [
    "usage: npm run regrtest -- [options] [test_name1 [test_name2 ...]]",
    "",
    "Runs CPython's test suite (or --testdir) against a Python implementation, Taipan by default,",
    "each test file in fresh worker processes, and compares every test with CPython's own result.",
  ];
  let group = "";
  for (const x of OPTIONS) {
    if (x.group !== group) {
      group = x.group;
      lines.push("", `${group}:`);
    }
    const names = (x.short ? `-${x.short}, ` : "") + `--${x.long}` + (x.meta ? ` ${x.meta}` : "");
    lines.push(`  ${names.padEnd(30)} ${x.help}`);
  }
  lines.push(
    "",
    "Exit codes, as regrtest's: 0 all good; 2 a test failed that is expected to pass (a regression);",
    "3 environment changed (with --fail-env-changed); 4 no tests ran; 5 --fail-rerun; 130 interrupted.",
  );
  return lines.join("\n");
}
