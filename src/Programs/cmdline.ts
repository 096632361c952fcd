// The command line of `python3` (CPython's Modules/main.c and Python/getopt.c), parsed for Taipan.
// Short options combine (`-uE`), an option's argument may be glued (`-cCMD`) or follow, and the
// first of -c, -m, a file name or `-` ends option parsing: everything after it is sys.argv.

export interface Command {
  /** What to run: a command string, a module, a file, stdin, or nothing (REPL / --help). */
  mode: "command" | "module" | "file" | "stdin" | "repl" | "help" | "version";
  /** The -c command, -m module or file name. */
  target?: string;
  /** sys.argv for the program. */
  argv: string[];
  /** Single-letter flags seen, with counts (-v -v, -b -b, -O -O...). */
  flags: Map<string, number>;
  /** -X options in order. */
  xoptions: string[];
  /** -W options in order. */
  warnoptions: string[];
  /** --version given twice prints the long form. */
  versionCount: number;
  /** --check-hash-based-pycs value, if given. */
  checkHashBasedPycs?: string;
}

export class UsageError extends Error {}

const NO_ARG = new Set("bBdEhiIOPqsSuvVx?".split(""));
const WITH_ARG = new Set(["c", "m", "W", "X"]);

export function parseCommandLine(args: readonly string[]): Command {
  const cmd: Command = { mode: "repl", argv: [""], flags: new Map(), xoptions: [], warnoptions: [], versionCount: 0 };
  const bump = (f: string) => cmd.flags.set(f, (cmd.flags.get(f) ?? 0) + 1);
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    if (a === "-" || !a.startsWith("-")) break;
    if (a.startsWith("--")) {
      if (a === "--help") cmd.mode = "help";
      else if (a === "--version") cmd.versionCount++;
      else if (a === "--help-env" || a === "--help-xoptions" || a === "--help-all") cmd.mode = "help";
      else if (a.startsWith("--check-hash-based-pycs")) {
        const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
        if (v === undefined) throw new UsageError("Argument expected for the --check-hash-based-pycs option");
        cmd.checkHashBasedPycs = v;
      } else throw new UsageError(`unknown option ${a}`);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (WITH_ARG.has(f)) {
        let val = a.slice(j + 1);
        if (val === "") {
          if (i + 1 >= args.length) throw new UsageError(`Argument expected for the -${f} option`);
          val = args[++i];
        }
        if (f === "c" || f === "m") {
          cmd.mode = f === "c" ? "command" : "module";
          cmd.target = val;
          cmd.argv = [f === "c" ? "-c" : val, ...args.slice(i + 1)];
          return finish(cmd);
        }
        (f === "W" ? cmd.warnoptions : cmd.xoptions).push(val);
        break;
      }
      if (f === "h" || f === "?") cmd.mode = "help";
      else if (f === "V") cmd.versionCount++;
      else if (NO_ARG.has(f)) bump(f);
      else throw new UsageError(`Unknown option: -${f}`);
    }
  }
  if (i < args.length) {
    const t = args[i];
    cmd.mode = t === "-" ? "stdin" : "file";
    cmd.target = t;
    cmd.argv = args.slice(i);
  }
  return finish(cmd);
}

function finish(cmd: Command): Command {
  if (cmd.mode === "help") return cmd;
  if (cmd.versionCount > 0) cmd.mode = "version";
  return cmd;
}
