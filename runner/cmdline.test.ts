import { DEFAULT_TIMEOUT, UsageError, parseArgs } from "./cmdline";
import { errorLine, formatDuration, printList, shlexSplit } from "./utils";
import { shard, shuffle } from "./findtests";

describe("parseArgs: python3 -m test's command line", () => {
  test("options and test names mix; .py is dropped; -j2 and -j 2 alike", () => {
    const o = parseArgs(["test_bool.py", "-j2", "-v", "test_int", "--timeout=30", "-m", "test_a*", "-i", "X"]);
    expect(o.tests).toEqual(["test_bool", "test_int"]);
    expect(o.jobs).toBe(2);
    expect(o.verbose).toBe(1);
    expect(o.timeout).toBe(30);
    expect(o.matchTests).toEqual([["test_a*", true], ["X", false]]);
    expect(parseArgs(["-j", "2"]).jobs).toBe(2);
  });

  test("counted and grouped short flags, long prefixes", () => {
    expect(parseArgs(["-vv"]).verbose).toBe(2);
    expect(parseArgs(["-qv"]).verbose).toBe(0);
    expect(parseArgs(["--slow"]).printSlow).toBe(true);
    expect(() => parseArgs(["--verb"])).toThrow("ambiguous option");
    expect(() => parseArgs(["--list"])).toThrow(UsageError); // --list-tests or --list-cases
  });

  test("resources: all, none, -name", () => {
    expect(parseArgs(["-u", "all,-cpu"]).useResources).not.toContain("cpu");
    expect(parseArgs(["-u", "network", "-u", "cpu"]).useResources).toEqual(["network", "cpu"]);
    expect(parseArgs(["-uall", "-unone"]).useResources).toEqual([]);
    expect(() => parseArgs(["-u", "bogus"])).toThrow("invalid resource: bogus");
  });

  test("timeouts, seeds, shards, --python and the rules regrtest enforces", () => {
    expect(parseArgs([]).timeout).toBe(DEFAULT_TIMEOUT);
    expect(parseArgs(["--timeout", "0"]).timeout).toBeNull();
    expect(parseArgs(["--randseed", "7"]).randomize).toBe(true);
    expect(parseArgs(["--shard", "2/3"]).shard).toEqual([2, 3]);
    expect(() => parseArgs(["--shard", "4/3"])).toThrow(UsageError);
    expect(parseArgs(["--python", "env X=1 'my python'"]).python).toEqual(["env", "X=1", "my python"]);
    expect(() => parseArgs(["-G"])).toThrow("-G/--failfast needs either -v or -W");
    expect(() => parseArgs(["-j"])).toThrow("expected one argument");
    expect(() => parseArgs(["-jx"])).toThrow("invalid int value");
  });
});

describe("utils", () => {
  test("formatDuration as regrtest prints durations", () => {
    expect(formatDuration(0.8211)).toBe("822 ms");
    expect(formatDuration(1.2)).toBe("1.2 sec");
    expect(formatDuration(121)).toBe("2 min 1 sec");
    expect(formatDuration(3725)).toBe("1 hour 2 min");
  });

  test("printList wraps at 70 columns, sorted", () => {
    const names = Array.from({ length: 12 }, (_, i) => `test_module_${String(i).padStart(2, "0")}`);
    const lines = printList(names.reverse()).split("\n");
    expect(lines[0].startsWith("    test_module_00 test_module_01")).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(70);
  });

  test("errorLine: the exception line of a traceback, not the captured output", () => {
    const tb = 'Traceback (most recent call last):\n  File "x.py", line 1, in f\n    g()\n    ^^^\nAssertionError: 1 != 2\n\nmore of the message\n';
    expect(errorLine(tb)).toBe("AssertionError: 1 != 2");
    expect(errorLine("Exit code 3")).toBe("Exit code 3");
  });

  test("shlexSplit", () => {
    expect(shlexSplit(`a "b c" 'd e' f\\ g`)).toEqual(["a", "b c", "d e", "f g"]);
    expect(() => shlexSplit(`"open`)).toThrow();
  });

  test("shuffle is repeatable with a seed; shards cover everything once", () => {
    const xs = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(xs, 42)).toEqual(shuffle(xs, 42));
    expect(shuffle(xs, 42)).not.toEqual(xs);
    expect([...shard(xs, 1, 3), ...shard(xs, 2, 3), ...shard(xs, 3, 3)].sort((a, b) => a - b)).toEqual(xs);
  });
});

import { makeFilter } from "./filter";

describe("makeFilter: libregrtest's matching rules", () => {
  const ids = ["test.test_os.FileTests.test_access", "test.test_os.FileTests.test_stat", "test.test_os.PathTests.test_access"];
  const pick = (m: [string, boolean][]) => ids.filter(makeFilter(m)!);
  test("globs match the whole id or any dotted part", () => {
    expect(pick([["test_acc*", true]])).toEqual([ids[0], ids[2]]);
    expect(pick([["FileTests", true]])).toEqual([ids[0], ids[1]]);
    expect(pick([["*Path*", true]])).toEqual([ids[2]]);
    expect(pick([["test_[r-t]*", true]])).toEqual([ids[1]]);
  });
  test("full ids are exact; -i excludes; the last matching group decides", () => {
    expect(pick([["test.test_os.FileTests.test_stat", true]])).toEqual([ids[1]]);
    expect(pick([["FileTests", false]])).toEqual([ids[2]]);
    expect(pick([["FileTests", true], ["test_stat", false]])).toEqual([ids[0]]);
    expect(makeFilter([])).toBeUndefined();
  });
});
