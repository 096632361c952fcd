import sys
# sys.exit inside an except block: no chained traceback is printed, just the message and status 1.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", repr(text))
        sys.exit(f"fatal: bad number {text!r}")


print(parse("12"), parse("-7"))
try:
    parse("x")
except SystemExit as e:
    print("context kept on the exception:", type(e.__context__).__name__)
print(parse(" 3 "), parse("0x10") if False else parse("16"))
values = [parse(t) for t in ("1", "2", "3")]
print("parsed list", values, sum(values))
print("now for real")
parse("1.5")
