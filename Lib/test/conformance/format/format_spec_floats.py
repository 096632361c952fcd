# Float presentation types e, f, g, %, n, none, with alternate form, precision and grouping.
vals = [0.0, -0.0, 1.0, 1.5, 2.5, 0.125, 123.456, -0.000123456, 1e16, 1.23456789e-10, 1e100, 12345678.9,
        float("inf"), float("nan"), 5e-324, 0.1]
specs = ["", ".0", ".3", "e", ".2e", "E", "f", ".0f", ".10f", "#.0f", "g", ".3g", "#g", "#.3g", "G", "%", ".1%",
         "+.2f", " .2f", "10.3f", "<10.2f", "^12.4g", "010.2f", ",.2f", "_.1f", "=+12.3e", ".2", "#", "n", "z.1f"]
for v in vals:
    print(repr(v))
    print("  ", [format(v, s) for s in specs])
print(format(1234567.891, ",.2f"), format(1234567.891, "_.3f"), format(-1234567.0, ",.0f"), format(1e6, ","))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.675, ".2f"), format(1e22, "f"), format(1e-7, "f"))
print(format(100000.0, "g"), format(1000000.0, "g"), format(0.0001, "g"), format(0.00001, "g"), format(1e16, ".17g"))
print(format(1.0, ".0e"), format(9.99, ".1e"), format(9.96, ".1f"), format(0.0, "e"), format(-0.0, "g"))
print(format(123.0, ".5"), format(123.0, ""), format(1e16, ""), format(1e16, ".1"), format(12.0, ".2"))
for bad in ["d", "x", "c", ",n", ".2,", "#,"]:
    try:
        print(bad, format(1.5, bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(f"{3.14159:.{2}f}", f"{2.5:{'*'}^{9}.1f}", "{:.{prec}e}".format(12345.678, prec=3))
print(f"{-0.0:z}", f"{-0.001:z.1f}", f"{0.001:z.1f}", f"{-1e-9:z.0e}")
