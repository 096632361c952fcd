# A failing sub-expression inside a call spanning several lines.
def combine(a, b, c):
    return {"a": a, "b": b, "c": c}


lookup = {"x": 1, "y": 2}
print("lookup ready", sorted(lookup))
first = combine(
    lookup["x"],
    lookup["y"],
    3,
)
print("first", first)
try:
    combine(
        lookup["x"],
        lookup["nope"],
        0,
    )
except KeyError as e:
    print("caught once:", e)
second = combine(
    lookup["x"],
    lookup["missing"],
    lookup["y"],
)
print("never", second)
