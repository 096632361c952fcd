// Which test files exist and which are selected (libregrtest's findtests.py and the selection
// part of main.py).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Packages whose submodules run as separate test files, for parallelism. */
export const SPLIT_TEST_DIRS = new Set([
  "test_asyncio",
  "test_concurrent_futures",
  "test_future_stmt",
  "test_gdb",
  "test_inspect",
  "test_multiprocessing_fork",
  "test_multiprocessing_forkserver",
  "test_multiprocessing_spawn",
]);

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Every test file under testDir: test_*.py modules and test_* packages, sorted. */
export function findTests(testDir: string, exclude: Set<string> = new Set(), baseMod = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(testDir)) {
    const dot = name.lastIndexOf(".");
    const mod = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : "";
    if (!mod.startsWith("test_") || exclude.has(mod)) continue;
    const full = baseMod ? `${baseMod}.${mod}` : mod;
    if (SPLIT_TEST_DIRS.has(full) && isDir(join(testDir, mod))) {
      out.push(...findTests(join(testDir, mod), exclude, baseMod ? full : `test.${mod}`));
    } else if (ext === ".py" || (ext === "" && isDir(join(testDir, name)))) {
      out.push(full);
    }
  }
  return out.sort();
}

/** Names of split packages given on the command line become their submodules. */
export function splitTestPackages(tests: string[], testDir: string): string[] {
  const out: string[] = [];
  for (const t of tests) {
    if (SPLIT_TEST_DIRS.has(t) && isDir(join(testDir, t))) out.push(...findTests(join(testDir, t), new Set(), `test.${t}`));
    else out.push(t);
  }
  return out;
}

/** Test names mentioned in a file (-f): every word test_xxx, comments after #. */
export function testsFromFile(path: string): string[] {
  const out: string[] = [];
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.split("#", 1)[0].trim();
    const m = /\btest_[a-zA-Z0-9_]+\b/.exec(line);
    if (m) out.push(m[0]);
  }
  return out;
}

/** The module the harness imports for a test name. */
export function moduleName(test: string, customTestDir: boolean): string {
  if (customTestDir || test.startsWith("test.")) return test;
  return `test.${test}`;
}

/** A seeded shuffle (mulberry32), so -r with --randseed repeats the same order. */
export function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** The K-th of N shares (1-based): every N-th test starting at K-1. */
export function shard<T>(items: T[], k: number, n: number): T[] {
  return items.filter((_, i) => i % n === k - 1);
}
