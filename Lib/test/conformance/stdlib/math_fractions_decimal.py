# math, fractions and decimal on exact, reproducible inputs.
import math
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation
print(math.sqrt(2), math.isqrt(10**20 + 1), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.factorial(25), math.comb(30, 12), math.perm(8, 3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 4))
print(math.pi, math.e, math.tau, math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.exp(0), math.pow(2, 10), math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), round(math.sin(math.pi / 6), 12), round(math.degrees(math.pi), 9), math.radians(180))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
f = Fraction(3, 4)
print(f, f + Fraction(1, 6), f * 2, f / 3, f ** 2, -f, abs(-f), Fraction("1.25"), Fraction(0.5), Fraction(1, 3) == 1 / 3)
print(Fraction(6, -8), Fraction("7/21"), Fraction(1.1).limit_denominator(100), float(Fraction(1, 3)), round(Fraction(5, 2)), round(Fraction(7, 2)))
print(Fraction(1, 3) < 0.34, sorted([Fraction(1, 2), 0.3, Fraction(1, 5)]), Fraction(2, 4).as_integer_ratio(), repr(Fraction(1, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
getcontext().prec = 28
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), Decimal("1.10") * 3, Decimal("2.675").quantize(Decimal("0.01")))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal(0.1), Decimal("-0"), Decimal("1e3"), Decimal("1.30").normalize())
print(Decimal(10) ** -3, Decimal("3.14159").as_tuple(), Decimal("NaN").is_nan(), Decimal("12.5") // 4, Decimal("-7") % 3, repr(Decimal("5.0")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__)
print(sorted([Decimal("1.5"), 1, Fraction(5, 4)]), Decimal("1.5") == 1.5, str(Decimal("1E+2")), f"{Decimal('1234.5678'):,.2f}")
