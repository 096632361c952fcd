# Unary operators and single-argument builtins over many values: results or exact errors.
values = [0, -5, True, 3.75, -0.0, float("nan"), 2 - 3j, "Ab", b"Ab", [3, 1], (1, 2), {"a": 1}, {1}, None, range(4), ...]
funcs = [
    ("neg", lambda v: -v), ("pos", lambda v: +v), ("inv", lambda v: ~v), ("abs", abs), ("not", lambda v: not v),
    ("round", round), ("hash_eq", lambda v: hash(v) == hash(v)), ("iter", lambda v: list(iter(v))), ("reversed", lambda v: list(reversed(v))),
    ("sorted", sorted), ("min", min), ("sum", sum), ("any", any), ("enumerate", lambda v: list(enumerate(v))), ("bin", bin),
    ("chr", chr), ("ord", ord), ("hex", hex), ("format", format), ("divmod2", lambda v: divmod(v, 2)), ("pow2", lambda v: pow(v, 2)),
    ("len", len), ("bool", bool), ("max", max), ("all", all), ("tuple", tuple), ("str_upper", lambda v: v.upper()),
    ("index", lambda v: v.index(1)), ("count", lambda v: v.count(1)), ("mul3", lambda v: v * 3), ("getitem0", lambda v: v[0]),
    ("slice", lambda v: v[::-1]), ("contains1", lambda v: 1 in v), ("keys", lambda v: list(v.keys())), ("real", lambda v: v.real),
    ("conjugate", lambda v: v.conjugate()), ("bit_length", lambda v: v.bit_length()), ("is_integer", lambda v: v.is_integer()),
    ("copy", lambda v: v.copy()), ("trunc", lambda v: v.__trunc__()), ("float", float), ("complex", complex),
]
for v in values:
    print(f"{v!r}:")
    for name, fn in funcs:
        try:
            out = repr(fn(v))
        except Exception as e:
            out = f"{type(e).__name__}: {e}"
        print(f"  {name:>9}: {out}")
