# Pseudo-random doubles formatted with many format specs and %-formats (own LCG).
state = 777
def rnd(n):
    global state
    state = (state * 48271) % 2147483647
    return state % n
values = []
for _ in range(60):
    digits = rnd(10**9)
    scale = rnd(40) - 20
    v = digits * 10.0 ** scale
    values.append(-v if rnd(3) == 0 else v)
values += [0.5, 1.5, 2.5, 0.125, 9.995, 1e-7, 123456789.0, 1e21, 1e22, 5e-324, float("inf"), float("nan"), -0.0]
specs = ["e", ".0e", ".3e", "f", ".0f", ".2f", ".10f", "g", ".1g", ".4g", ".12g", "#g", "%", ".2%", "+.3f", "012.4f",
         ",.2f", "_.3e", ">14.5g", "<12.1f", "^16.3e", "=+14.2f", "", ".5", "#.0f", "#.0e", "E", "G", ".17g", ".20f"]
for v in values:
    print(repr(v))
    print("   " + " | ".join(format(v, s) for s in specs))
    print("   " + " | ".join(("%" + s) % v for s in ("e", ".3e", "f", ".2f", "g", ".10g", "#g", "+.1f", "15.3e", "-12.2f|", "r", "s")))
for v in values[:20]:
    w, p = rnd(20), rnd(8)
    print(f"{v:{w}.{p}f}|{v:<{w}.{p}e}|{v:^{w}.{p}g}|{v:{'*'}>{w},.{p}f}")
