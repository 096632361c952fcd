# The format-spec mini-language applied to ints.
specs = ["", "d", "5", "<5", ">5", "^5", "*^7", "05", "+", " ", "-", "+05", "=+8", "x", "X", "#x", "#X", "o", "#o",
         "b", "#b", "#010b", ",", "_", "_x", "_b", ",d", "12,", "c", "n", "e", ".2e", "f", ".3f", "%", ".1%", "g", "G",
         "#_o", "0=8", "x<+6", "08,", "#012_x"]
for n in (0, 42, -42, 255, 1234567, -(2**40), 2**70):
    row = []
    for spec in specs:
        if spec == "c" and not (0 <= n < 0x110000):
            row.append("<skip>")
            continue
        row.append(format(n, spec))
    print(n, row)
for bad in [",x" if False else ",b", ".2", ".2d", "s", "=s" if False else "q", "_,", ",_", "#c", "+c", "z"]:
    try:
        print(bad, format(7, bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    format(2**70, "c")
except OverflowError as e:
    print(type(e).__name__, e)
print(format(True, "d"), format(True, "#x"), format(False, "^5"), format(True, ""), format(True, "5"))
print(f"{12345:>{10}}", f"{255:{'#'}x}", f"{-3:{'+'}{'0'}{'6'}}", "{:{}{}}".format(3, "<", 4) + "|")
print(f"{1000000:,}", f"{-1000000:_}", f"{123456789:,.2f}", f"{0:#x}", f"{-255:#X}", f"{5:#b}")
