# Pseudo-random integers formatted with random combinations of fill/align/sign/#/0/width/grouping/type.
state = 4242
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
fills = ["", "*", "0", " ", "é", "x"]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
types = ["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "%", "g"]
groupings = ["", ",", "_"]
count = 0
lines = []
while count < 150:
    n = rnd(10**rnd(25) + 1) * (-1 if rnd(2) else 1)
    fill = fills[rnd(len(fills))]
    align = aligns[rnd(len(aligns))]
    spec = (fill + align if align else "") + signs[rnd(4)] + ("#" if rnd(3) == 0 else "") + \
        ("0" if rnd(4) == 0 else "") + (str(rnd(30)) if rnd(2) else "") + groupings[rnd(3)] + types[rnd(len(types))]
    try:
        out = format(n, spec)
    except (ValueError, OverflowError) as e:
        out = f"{type(e).__name__}: {e}"
    lines.append(f"{n!r:>28} {spec!r:>12} -> {out!r}")
    count += 1
print("\n".join(lines))
for n in (0, 7, -7, 10**20, -(2**64)):
    print(f"{n:_b}", f"{n:#_x}", f"{n:,}", f"{n:_o}", f"{n:+,}", f"{n:=^+30,}")
