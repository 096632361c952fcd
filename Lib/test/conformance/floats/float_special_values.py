# inf, nan and signed zero through arithmetic, comparisons and containers.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf / 2, 1 / inf, -1 / inf, inf / inf, nan + 1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan is nan)
print(inf ** 0.5, (-inf) ** 3, (-inf) ** 2, 0.0 ** 0.0, inf ** -1, (-0.0) ** -0.0)
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan), sorted([3.0, nan, 1.0]) if False else "")
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 1e-320 * 1e-10, 2.0 ** -1074, 2.0 ** -1075)
z = -0.0
print(z, z + 0.0, z - 0.0, 0.0 - 0.0, z * z, -z, z * -1, abs(z), z + z, 0.0 * -5)
print(repr(-0.0 // 1), repr(-0.0 % 5), repr(0.0 % -5), repr(round(-0.4)), repr(round(-0.4, 0)))
print(str(-0.0), f"{-0.0}", f"{-0.0:.1f}", f"{-0.0:z.1f}" if False else "", "%.2f" % -0.0, format(-1e-9, ".3f"))
for v in (inf, -inf, nan, 0.0, -0.0, 1.5):
    print(repr(v), v.is_integer(), v == v, bool(v), hash(v) if v == v else "h")
for v in (inf, -inf, nan):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2), v.hex(), int(v) if v == 0 else "")
print([nan] == [nan], (nan,) == (nan,), nan in {nan}, float("nan") in {nan})
d = {nan: 1}
d[float("nan")] = 2
print(len(d), d[nan])
print(float("-0"), float("+0.0"), -0.0 == 0.0, 1 / inf == -1 / inf)
print(str(1e300 * 1e10), str(-(1e300 * 1e10)), repr(inf - 1e308))
print(f"{inf:f} {inf:e} {inf:g} {-inf:10.2f}| {nan:F} {inf:%} {nan:+}")
print("%f %e %g %r" % (inf, -inf, nan, -inf))
