# Taipan's regrtest harness. It runs inside the Python implementation under test (Taipan, or
# any other given with --python), loads one test module with unittest, runs it, and reports
# one JSON event per line on the result channel: a file descriptor opened by the runner that
# nothing the tests print can reach by accident. The runner (runner/worker.ts) reads the
# channel, so a crash or a hang loses nothing reported before it.
#
# Keep this file runnable by a young interpreter: plain Python, and no imports but sys, os,
# time, json, traceback, unittest and test.support (each guarded where it can fail).
#
# Usage: <python> -I -S -u taipan_regrtest_worker.py CONFIG.json

import sys
import os

# Events (field "e"):
#   hello   the harness started               pid, impl, version
#   phase   entering a phase of the module    p: import|load|setUpModule|setUpClass|tearDownClass|tearDownModule|finish, t: target
#   plan    the test ids about to run         ids
#   start   a test started                    id, at (offset in the output file)
#   result  a test ended                      id, o (outcome), dt, nf, ne, tb, r, at
#   skip    the whole module was skipped      state (SKIPPED|RESOURCE_DENIED), reason
#   error   an uncaught exception             phase, tb
#   done    the module finished               state, env (list of what the module changed)
# Outcomes: passed, failed, error, skipped, xfail (expected failure), xpass (unexpected success).


class Channel:
    """One JSON object per line, each written with a single os.write and tagged with the
    runner's token; a leading newline ends any garbage a test left on the same descriptor."""

    def __init__(self, fd, token, dumps):
        self.fd = fd
        self.token = token
        self.dumps = dumps
        self.broken = False

    def emit(self, **fields):
        if self.broken:
            return
        fields["k"] = self.token
        data = ("\n" + self.dumps(fields, ensure_ascii=True) + "\n").encode("ascii")
        try:
            while data:
                n = os.write(self.fd, data)
                data = data[n:]
        except OSError:
            self.broken = True


def output_offset():
    """Where the next byte of stdout/stderr will land in the runner's output file."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    try:
        return os.lseek(1, 0, 1)
    except Exception:
        return -1


def format_exc():
    try:
        import traceback
        return traceback.format_exc()
    except BaseException:
        t, v = sys.exc_info()[:2]
        return "%s: %s\n" % (getattr(t, "__name__", t), v)


# --- test selection: the rules of regrtest's -m/-i/--matchfile/--ignorefile -------------

def glob_to_parts(pattern):
    """Splits a glob pattern into tokens: ('lit', s), ('any',), ('one',), ('set', neg, items)."""
    parts = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "*":
            if not parts or parts[-1] != ("any",):
                parts.append(("any",))
            i += 1
        elif c == "?":
            parts.append(("one",))
            i += 1
        elif c == "[":
            j = i + 1
            if j < n and pattern[j] == "!":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 1
            if j >= n:
                parts.append(("lit", "["))
                i += 1
                continue
            body = pattern[i + 1:j]
            neg = body.startswith("!")
            if neg:
                body = body[1:]
            items = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    items.append((body[k], body[k + 2]))
                    k += 3
                else:
                    items.append((body[k], body[k]))
                    k += 1
            parts.append(("set", neg, items))
            i = j + 1
        else:
            parts.append(("lit", c))
            i += 1
    return parts


def glob_match(parts, text):
    """True when the whole of text matches the pattern (fnmatch's rules, case-sensitive)."""
    # Iterative matcher with backtracking to the last '*'.
    pi = 0
    ti = 0
    star_pi = -1
    star_ti = 0
    while ti < len(text):
        if pi < len(parts):
            p = parts[pi]
            kind = p[0]
            if kind == "any":
                star_pi = pi
                star_ti = ti
                pi += 1
                continue
            c = text[ti]
            ok = False
            if kind == "lit":
                ok = p[1] == c
            elif kind == "one":
                ok = True
            else:
                inside = False
                for lo, hi in p[2]:
                    if lo <= c <= hi:
                        inside = True
                        break
                ok = inside != p[1]
            if ok:
                pi += 1
                ti += 1
                continue
        if star_pi < 0:
            return False
        pi = star_pi + 1
        star_ti += 1
        ti = star_ti
    while pi < len(parts) and parts[pi][0] == "any":
        pi += 1
    return pi == len(parts)


def is_full_id(pattern):
    if "." not in pattern:
        return False
    for c in "?*[]":
        if c in pattern:
            return False
    return True


def make_matcher(patterns):
    if all(is_full_id(p) for p in patterns):
        wanted = set(patterns)
        return lambda test_id: test_id in wanted
    compiled = [glob_to_parts(p) for p in patterns]

    def match(test_id):
        for parts in compiled:
            if glob_match(parts, test_id):
                return True
        for piece in test_id.split("."):
            for parts in compiled:
                if glob_match(parts, piece):
                    return True
        return False
    return match


def make_filter(match_tests):
    """match_tests: [[pattern, include], ...] in command-line order, as regrtest takes them."""
    if not match_tests:
        return None
    groups = []
    for pattern, include in match_tests:
        if groups and groups[-1][1] == include:
            groups[-1][0].append(pattern)
        else:
            groups.append(([pattern], include))
    matchers = [(make_matcher(pats), include) for pats, include in groups]

    def accept(test_id):
        result = False
        for matcher, result in reversed(matchers):
            if matcher(test_id):
                return result
        return not result
    return accept


# --- running ---------------------------------------------------------------------------

def flatten(suite, out, unittest):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            flatten(test, out, unittest)
        else:
            out.append(test)


def class_key(test):
    cls = test.__class__
    return "%s.%s" % (cls.__module__, getattr(cls, "__qualname__", cls.__name__))


def main(argv):
    import json

    with open(argv[1], encoding="utf-8") as f:
        cfg = json.load(f)
    ch = Channel(cfg["events_fd"], cfg["token"], json.dumps)
    try:
        os.set_inheritable(cfg["events_fd"], False)
    except Exception:
        pass
    impl = getattr(sys, "implementation", None)
    ch.emit(e="hello", pid=os.getpid(), impl=getattr(impl, "name", "?"),
            version="%d.%d.%d" % tuple(sys.version_info[:3]), executable=sys.executable)

    # -I drops the script's directory and PYTHONPATH: put back what the tests need.
    if cfg.get("testdir"):
        sys.path.insert(0, cfg["testdir"])
    for p in cfg.get("path_append", []):
        if p not in sys.path:
            sys.path.append(p)

    test_name = cfg["test_name"]
    module_name = cfg["module"]
    try:
        import time
        import unittest
        from test import support
    except BaseException:
        ch.emit(e="error", phase="harness", tb=format_exc())
        sys.stderr.write("test %s crashed -- %s" % (test_name, format_exc()))
        return 0

    clock = getattr(time, "perf_counter", time.time)
    env_notes = []
    setup_support(cfg, support, env_notes)

    ch.emit(e="phase", p="import", t=module_name)
    try:
        mod = __import__(module_name)
        mod = sys.modules[module_name]
        if hasattr(mod, "test_main"):
            raise Exception("Module %s defines test_main() which is no longer supported by regrtest" % test_name)
        ch.emit(e="phase", p="load", t=module_name)
        loader = unittest.TestLoader()
        suite = loader.loadTestsFromModule(mod)
    except support.ResourceDenied as exc:
        if not cfg.get("quiet"):
            print("%s skipped -- %s" % (test_name, exc), flush=True)
        ch.emit(e="skip", state="RESOURCE_DENIED", reason=str(exc))
        return 0
    except unittest.SkipTest as exc:
        if not cfg.get("quiet"):
            print("%s skipped -- %s" % (test_name, exc), flush=True)
        ch.emit(e="skip", state="SKIPPED", reason=str(exc))
        return 0
    except KeyboardInterrupt:
        ch.emit(e="error", phase="interrupted", tb="KeyboardInterrupt\n")
        return 0
    except BaseException:
        tb = format_exc()
        print("test %s crashed -- %s" % (test_name, tb), file=sys.stderr, flush=True)
        ch.emit(e="error", phase="import", tb=tb)
        return 0

    if loader.errors:
        for error in loader.errors:
            print(error, file=sys.stderr)
        ch.emit(e="error", phase="load", tb="".join(loader.errors), fatal=False)

    tests = []
    flatten(suite, tests, unittest)
    accept = make_filter(cfg.get("match_tests") or [])
    skip_ids = set(cfg.get("skip_ids") or [])
    skip_classes = set(cfg.get("skip_classes") or [])
    skip_modules = set(cfg.get("skip_modules") or [])
    ids = {}
    selected = []
    seen = {}
    for test in tests:
        tid = test.id()
        n = seen.get(tid, 0) + 1
        seen[tid] = n
        if n > 1:
            tid = "%s [%d]" % (tid, n)
        if accept is not None and not accept(tid):
            continue
        if tid in skip_ids or test.__class__.__module__ in skip_modules or class_key(test) in skip_classes:
            continue
        ids[id(test)] = tid
        selected.append(test)
    ch.emit(e="plan", ids=[ids[id(t)] for t in selected], sigusr1=cfg.get("_traceback_on_sigusr1", False))
    if cfg.get("list_only"):
        return 0

    result = run_tests(cfg, ch, unittest, support, selected, ids, clock)

    ch.emit(e="phase", p="finish", t=module_name)
    try:
        support.gc_collect()
    except BaseException:
        pass
    gc = sys.modules.get("gc")
    if gc is not None and getattr(gc, "garbage", None):
        env_notes.append("%s created %d uncollectable object(s)" % (test_name, len(gc.garbage)))
        del gc.garbage[:]
    try:
        support.reap_children()
    except BaseException:
        pass
    check_environment(cfg, support, env_notes)
    for note in env_notes:
        try:
            support.print_warning(note)
        except BaseException:
            print("Warning -- " + note, file=sys.stderr)

    if result is None:
        return 0
    state = "PASSED"
    errors, failures = result.errors, result.failures
    if not result.testsRun and not result.skipped and not errors:
        state = "DID_NOT_RUN"
    elif not result.wasSuccessful():
        state = "FAILED"
        if len(errors) == 1 and not failures:
            msg = errors[0][1]
        elif len(failures) == 1 and not errors:
            msg = failures[0][1]
        else:
            msg = "multiple errors occurred"
            if not cfg.get("verbose"):
                msg += "; run in verbose mode for details"
        if cfg.get("verbose"):
            print("test %s failed" % test_name, file=sys.stderr, flush=True)
        else:
            print("test %s failed -- %s" % (test_name, msg), file=sys.stderr, flush=True)
    elif env_notes:
        state = "ENV_CHANGED"
    ch.emit(e="done", state=state, env=env_notes,
            stats=[result.testsRun, len(failures), len(result.skipped)])
    return 0


def setup_support(cfg, support, env_notes):
    """What regrtest's setup_process() and setup_tests() do, as far as our tests see it."""
    support.verbose = int(cfg.get("verbose") or 0)
    support.failfast = bool(cfg.get("failfast"))
    support.use_resources = list(cfg.get("use_resources") or [])
    support.PGO = False
    support.junit_xml_list = None
    try:
        support.record_original_stdout(sys.stdout)
    except BaseException:
        pass
    timeout = cfg.get("timeout")
    if timeout:
        for name, scale in (("LOOPBACK_TIMEOUT", 120), ("SHORT_TIMEOUT", 40), ("LONG_TIMEOUT", 4)):
            if hasattr(support, name):
                setattr(support, name, min(max(getattr(support, name), timeout / scale), timeout))
        if hasattr(support, "INTERNET_TIMEOUT"):
            support.INTERNET_TIMEOUT = min(support.INTERNET_TIMEOUT, timeout)
    # Modules imported before the tests change directory keep absolute paths.
    for module in list(sys.modules.values()):
        try:
            if hasattr(module, "__path__"):
                for i, p in enumerate(module.__path__):
                    module.__path__[i] = os.path.abspath(p)
            if getattr(module, "__file__", None):
                module.__file__ = os.path.abspath(module.__file__)
        except BaseException:
            pass
    # A traceback on SIGUSR1 (the runner sends it before killing a hung worker) and on fatal
    # errors, when faulthandler is already loaded (this harness does not import it itself).
    faulthandler = sys.modules.get("faulthandler")
    signal = sys.modules.get("signal")
    cfg["_traceback_on_sigusr1"] = False
    if faulthandler is not None:
        try:
            faulthandler.enable(all_threads=True, file=sys.__stderr__.fileno())
            if signal is not None and hasattr(signal, "SIGUSR1"):
                faulthandler.register(signal.SIGUSR1, chain=False, file=sys.__stderr__.fileno())
                cfg["_traceback_on_sigusr1"] = True
        except BaseException:
            pass
    random = sys.modules.get("random")
    if random is not None and cfg.get("random_seed") is not None:
        random.seed(cfg["random_seed"])

    # Exceptions nobody can catch (in __del__, in threads) mark the module as env changed.
    previous_unraisable = getattr(sys, "unraisablehook", None)
    if previous_unraisable is not None:
        def unraisable(info):
            support.environment_altered = True
            env_notes.append("Unraisable exception")
            previous_unraisable(info)
        sys.unraisablehook = unraisable
    threading = sys.modules.get("threading")
    if threading is not None and hasattr(threading, "excepthook"):
        previous_thread_hook = threading.excepthook

        def thread_hook(args):
            support.environment_altered = True
            env_notes.append("Uncaught thread exception: %s" % getattr(args.exc_type, "__name__", args.exc_type))
            previous_thread_hook(args)
        threading.excepthook = thread_hook
    support.environment_altered = False
    cfg["_saved_env"] = snapshot_environment()


def snapshot_environment():
    threading = sys.modules.get("threading")
    return {
        "cwd": os.getcwd(),
        "environ": dict(os.environ),
        "threads": threading.active_count() if threading is not None else 1,
    }


def check_environment(cfg, support, env_notes):
    before = cfg["_saved_env"]
    after = snapshot_environment()
    name = cfg["test_name"]
    if after["cwd"] != before["cwd"]:
        env_notes.append("os.getcwd() was modified by %s" % name)
    if after["environ"] != before["environ"]:
        changed = sorted(set(k for k in set(after["environ"]) | set(before["environ"])
                             if after["environ"].get(k) != before["environ"].get(k)))
        env_notes.append("os.environ was modified by %s (%s)" % (name, ", ".join(changed[:5])))
    if after["threads"] > before["threads"]:
        # Threads a test started may still be finishing: give them a second, as regrtest does.
        time = sys.modules.get("time")
        for _ in range(20):
            if time is None or snapshot_environment()["threads"] <= before["threads"]:
                break
            time.sleep(0.05)
        after = snapshot_environment()
    if after["threads"] > before["threads"]:
        threading = sys.modules.get("threading")
        names = ", ".join(t.name for t in threading.enumerate()[:5]) if threading is not None else ""
        env_notes.append("%s left %d dangling thread(s): %s" % (name, after["threads"] - before["threads"], names))
    if getattr(support, "environment_altered", False) and not env_notes:
        env_notes.append("%s altered the execution environment" % name)


def run_tests(cfg, ch, unittest, support, selected, ids, clock):
    verbose = int(cfg.get("verbose") or 0)
    base_suite = unittest.TestSuite

    class HarnessSuite(base_suite):
        """Reports each class and module fixture before it runs, so a crash inside one is
        charged to it."""

        def _handleClassSetUp(self, test, result):
            if test.__class__ is not getattr(result, "_previousTestClass", None):
                ch.emit(e="phase", p="setUpClass", t=class_key(test))
            return base_suite._handleClassSetUp(self, test, result)

        def _handleModuleFixture(self, test, result):
            prev = getattr(result, "_previousTestClass", None)
            if prev is None or prev.__module__ != test.__class__.__module__:
                ch.emit(e="phase", p="setUpModule", t=test.__class__.__module__)
            return base_suite._handleModuleFixture(self, test, result)

        def _tearDownPreviousClass(self, test, result):
            prev = getattr(result, "_previousTestClass", None)
            if prev is not None and prev is not test.__class__:
                ch.emit(e="phase", p="tearDownClass",
                        t="%s.%s" % (prev.__module__, getattr(prev, "__qualname__", prev.__name__)))
            return base_suite._tearDownPreviousClass(self, test, result)

        def _handleModuleTearDown(self, result):
            prev = getattr(result, "_previousTestClass", None)
            if prev is not None:
                ch.emit(e="phase", p="tearDownModule", t=prev.__module__)
            return base_suite._handleModuleTearDown(self, result)

    fixture_hooks = all(hasattr(base_suite, n) for n in (
        "_handleClassSetUp", "_handleModuleFixture", "_tearDownPreviousClass", "_handleModuleTearDown"))
    suite = (HarnessSuite if fixture_hooks else base_suite)(selected)

    class HarnessResult(unittest.TextTestResult):
        def __init__(self, stream, descriptions, verbosity):
            unittest.TextTestResult.__init__(self, stream, descriptions, 2 if verbosity else 0)
            self.current = None

        def startTest(self, test):
            tid = ids.get(id(test)) or test.id()
            self.current = {"id": tid, "o": None, "nf": 0, "ne": 0, "tb": None, "t0": clock()}
            ch.emit(e="start", id=tid, at=output_offset())
            unittest.TextTestResult.startTest(self, test)

        def _mine(self, test):
            cur = self.current
            return cur is not None and (ids.get(id(test)) or test.id()) == cur["id"]

        def _holder(self, test, outcome, tb=None, reason=None):
            # A class or module fixture failed or skipped: it is reported as its own entry.
            ch.emit(e="result", id=str(test), o=outcome, dt=0, nf=0, ne=1 if outcome == "error" else 0,
                    tb=tb, r=reason, at=output_offset())

        def _set(self, outcome, tb=None):
            cur = self.current
            if cur["o"] in (None, "passed", "skipped"):
                cur["o"] = outcome
            if tb is not None and cur["tb"] is None:
                cur["tb"] = tb

        def addSuccess(self, test):
            unittest.TextTestResult.addSuccess(self, test)
            if self._mine(test):
                self._set("passed")

        def addError(self, test, err):
            unittest.TextTestResult.addError(self, test, err)
            if self._mine(test):
                self.current["ne"] += 1
                self._set("error", self.errors[-1][1])
            else:
                self._holder(test, "error", self.errors[-1][1])

        def addFailure(self, test, err):
            unittest.TextTestResult.addFailure(self, test, err)
            if self._mine(test):
                self.current["nf"] += 1
                self._set("failed", self.failures[-1][1])
            else:
                self._holder(test, "failed", self.failures[-1][1])
            if support.failfast:
                self.stop()

        def addSubTest(self, test, subtest, err):
            unittest.TextTestResult.addSubTest(self, test, subtest, err)
            if err is not None and self._mine(test):
                if issubclass(err[0], test.failureException):
                    self.current["nf"] += 1
                    self._set("failed", self.failures[-1][1])
                else:
                    self.current["ne"] += 1
                    self._set("error", self.errors[-1][1])

        def addSkip(self, test, reason):
            unittest.TextTestResult.addSkip(self, test, reason)
            if self._mine(test):
                self._set("skipped")
                self.current["r"] = str(reason)
            elif self.current is None or not str(getattr(test, "id", lambda: "")()).startswith(self.current["id"]):
                self._holder(test, "skipped", reason=str(reason))

        def addExpectedFailure(self, test, err):
            unittest.TextTestResult.addExpectedFailure(self, test, err)
            if self._mine(test):
                self._set("xfail")

        def addUnexpectedSuccess(self, test):
            unittest.TextTestResult.addUnexpectedSuccess(self, test)
            if self._mine(test):
                self._set("xpass")

        def stopTest(self, test):
            unittest.TextTestResult.stopTest(self, test)
            cur = self.current
            if cur is None:
                return
            self.current = None
            outcome = cur["o"] or "passed"
            ch.emit(e="result", id=cur["id"], o=outcome, dt=round(clock() - cur["t0"], 6),
                    nf=cur["nf"], ne=cur["ne"], tb=cur["tb"], r=cur.get("r"), at=output_offset())

    stream = sys.stdout
    try:
        if verbose:
            runner = unittest.TextTestRunner(stream, resultclass=HarnessResult, verbosity=verbose,
                                             failfast=bool(cfg.get("failfast")))
            return runner.run(suite)
        wrapped = unittest.runner._WritelnDecorator(stream) if hasattr(unittest, "runner") else stream
        result = HarnessResult(wrapped, None, 0)
        result.failfast = bool(cfg.get("failfast"))
        suite(result)
        return result
    except KeyboardInterrupt:
        ch.emit(e="error", phase="interrupted", tb="KeyboardInterrupt\n")
        return None
    except BaseException:
        tb = format_exc()
        print("test %s crashed -- %s" % (cfg["test_name"], tb), file=sys.stderr, flush=True)
        ch.emit(e="error", phase="run", tb=tb)
        return None


if __name__ == "__main__":
    code = main(sys.argv)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    sys.exit(code)
