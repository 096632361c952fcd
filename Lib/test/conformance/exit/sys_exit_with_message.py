import sys
# sys.exit("message") prints the message to stderr and exits with status 1.
def check_config(cfg):
    missing = [k for k in ("name", "version", "entry") if k not in cfg]
    for k in sorted(cfg):
        print(f"config {k} = {cfg[k]!r}")
    return missing


cfg = {"name": "demo", "version": "1.0"}
missing = check_config(cfg)
try:
    sys.exit("caught message")
except SystemExit as e:
    print("caught:", repr(e.code), str(e))
print("missing:", missing, file=sys.stderr)
print(isinstance(SystemExit("m"), Exception), issubclass(SystemExit, BaseException))
print(SystemExit("m").code, SystemExit("a", "b").code)
if missing:
    sys.exit(f"error: missing keys {missing}")
print("not reached")
