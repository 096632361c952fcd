import { parseCommandLine, UsageError } from "./cmdline";

describe("python3's command line", () => {
  test("-c ends option parsing; the rest is sys.argv", () => {
    const c = parseCommandLine(["-u", "-c", "print(1)", "-v", "x"]);
    expect(c.mode).toBe("command");
    expect(c.target).toBe("print(1)");
    expect(c.argv).toEqual(["-c", "-v", "x"]);
    expect(c.flags.get("u")).toBe(1);
    expect(c.flags.has("v")).toBe(false);
  });
  test("combined flags and a glued argument", () => {
    const c = parseCommandLine(["-uEcpass"]);
    expect(c.mode).toBe("command");
    expect(c.target).toBe("pass");
    expect([...c.flags.keys()].sort()).toEqual(["E", "u"]);
  });
  test("-m module keeps the module name as argv[0]", () => {
    expect(parseCommandLine(["-m", "json.tool", "a"]).argv).toEqual(["json.tool", "a"]);
  });
  test("a file and stdin", () => {
    expect(parseCommandLine(["prog.py", "-x"]).argv).toEqual(["prog.py", "-x"]);
    expect(parseCommandLine(["-"]).mode).toBe("stdin");
  });
  test("repeated flags count, -X and -W collect", () => {
    const c = parseCommandLine(["-vv", "-X", "dev", "-Wignore", "-Xutf8"]);
    expect(c.flags.get("v")).toBe(2);
    expect(c.xoptions).toEqual(["dev", "utf8"]);
    expect(c.warnoptions).toEqual(["ignore"]);
    expect(c.mode).toBe("repl");
  });
  test("--version, -V twice, --help", () => {
    expect(parseCommandLine(["--version"]).mode).toBe("version");
    expect(parseCommandLine(["-VV"]).versionCount).toBe(2);
    expect(parseCommandLine(["-h"]).mode).toBe("help");
  });
  test("errors in python3's words", () => {
    expect(() => parseCommandLine(["-Z"])).toThrow(new UsageError("Unknown option: -Z"));
    expect(() => parseCommandLine(["-c"])).toThrow("Argument expected for the -c option");
    expect(() => parseCommandLine(["--bogus"])).toThrow("unknown option --bogus");
  });
});
