# format(value, spec) over a grid of values and specs; each cell prints the result or the error type.
values = [0, 1, -1, 42, -42, 255, 10**12, True, 0.0, -0.0, 0.5, 1.5, 2.675, -3.14159, 1e-5, 1e16, 123456.789, float("inf"),
          float("nan"), 1 + 2j, -1.5j, "", "s", "hello", None]
specs = ["", "5", "<6", ">6", "^7", "*^8", "+", "-", " ", "05", "010.3", ",", "_", ".0", ".1", ".3", "d", "x", "#x", "X", "o", "b",
         "c", "e", ".2e", "E", "f", ".2f", "F", "g", ".3g", "G", "%", ".1%", "n", "s", ".2s", "=10", "#", "#.0f", "+.1e", " >5.1f"]
for v in values:
    cells = []
    for spec in specs:
        try:
            cells.append(format(v, spec))
        except ValueError:
            cells.append("VE")
        except TypeError:
            cells.append("TE")
        except OverflowError:
            cells.append("OE")
    print(f"{v!r}: " + " | ".join(cells))
errors = set()
for v in values:
    for spec in specs:
        try:
            format(v, spec)
        except (ValueError, TypeError, OverflowError) as e:
            errors.add(f"{type(e).__name__}: {e}")
for msg in sorted(errors):
    print(msg)
