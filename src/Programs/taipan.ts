// The `taipan` command: python3's command line (CPython's Programs/python.c and Modules/main.c).
import { parseCommandLine, UsageError } from "./cmdline";
import { PY_VERSION, TAIPAN_VERSION } from "./version";
import { readFileSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { runMain } from "../Python/pythonrun";

const USAGE = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP = `${USAGE}
Taipan ${TAIPAN_VERSION}: a Python ${PY_VERSION} interpreter written in TypeScript for Node.js.
Options and arguments (they mean what they mean to python3):
-b     : warn when bytes or bytearray are compared with str (-bb: raise)
-B     : do not write .pyc files
-c cmd : run the program given as a string (ends the option list)
-d     : parser debugging output
-E     : ignore PYTHON* environment variables
-h     : print this help and exit (also -? and --help)
-i     : enter the interactive prompt after running the program
-I     : isolated mode: implies -E, -P and -s
-m mod : run a library module as a script (ends the option list)
-O     : remove assert and __debug__-dependent statements (-OO: docstrings too)
-P     : do not prepend a potentially unsafe path to sys.path
-q     : do not print the version and copyright at interactive start-up
-s     : do not add the user site directory to sys.path
-S     : do not import the site module at start-up
-u     : unbuffered binary stdout and stderr
-v     : verbose imports (-vv: more)
-V     : print the Python version and exit (also --version; twice for more)
-W arg : warning control (action:message:category:module:lineno)
-x     : skip the first line of the source
-X opt : implementation-specific option
file   : program read from a script file
-      : program read from stdin (the default when stdin is not a terminal)
arg ...: arguments passed to the program in sys.argv[1:]
`;

export function main(args: readonly string[]): number {
  let cmd;
  try {
    cmd = parseCommandLine(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\nTry \`taipan -h' for more information.\n`);
    return 2;
  }
  switch (cmd.mode) {
    case "help":
      process.stdout.write(HELP);
      return 0;
    case "version":
      process.stdout.write(
        cmd.versionCount > 1
          ? `Python ${PY_VERSION} (Taipan ${TAIPAN_VERSION}, Node.js ${process.version})\n`
          : `Python ${PY_VERSION} (Taipan ${TAIPAN_VERSION})\n`,
      );
      return 0;
    case "command":
      return runMain(cmd.target!, "<string>", ["-c", ...cmd.argv.slice(1)], null);
    case "file": {
      const file = cmd.target!;
      let data: Buffer;
      try {
        data = readFileSync(file);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const msg = err.code === "ENOENT" ? "No such file or directory" : err.code === "EISDIR" ? "Is a directory" : err.message;
        const errno = err.errno !== undefined ? -err.errno : 2;
        process.stderr.write(`${process.argv0.endsWith("node") ? "taipan" : "taipan"}: can't open file '${resolve(file)}': [Errno ${errno}] ${msg}\n`);
        return 2;
      }
      return runMain(new Uint8Array(data), resolve(file), cmd.argv, resolve(file));
    }
    case "stdin": {
      const data = readStdinFully();
      return runMain(new Uint8Array(data), "<stdin>", cmd.argv, null);
    }
    default:
      process.stderr.write(`taipan: ${cmd.mode === "module" ? "-m" : "the interactive prompt"} is not supported yet\n`);
      return 1;
  }
}

function readStdinFully(): Buffer {
  const parts: Buffer[] = [];
  const b = Buffer.alloc(65536);
  for (;;) {
    let n = 0;
    try {
      n = readSync(0, b, 0, b.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      break;
    }
    if (n <= 0) break;
    parts.push(Buffer.from(b.subarray(0, n)));
  }
  return Buffer.concat(parts);
}

process.exitCode = main(process.argv.slice(2));
