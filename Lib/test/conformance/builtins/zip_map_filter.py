# zip (including strict=True), map with several iterables, filter with None, and their laziness.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), "xyz")))
print(list(zip([1, 2], [3, 4], strict=True)), dict(zip("ab", [1, 2])))
for args in [([1, 2, 3], "ab"), ([1], [2, 3]), ([1, 2], [3, 4], [5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
def noisy(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i
print(list(zip(noisy("A", 2), noisy("B", 5))))
print(list(zip(noisy("long", 5), noisy("short", 1))))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z), iter(z) is z)
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100])))
print(list(map(len, [])), list(map(int, "123")))
m = map(lambda v: 10 // v, [5, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(m))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 0.0, 2])), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda v: v > 1, (1, 2, 3))), list(filter(bool, [])))
for bad in [lambda: zip(1), lambda: map(len, 5), lambda: filter(None, 5), lambda: map(), lambda: list(map(5, [1])),
            lambda: zip([1], strict=1) and "ok", lambda: zip(foo=1)]:
    try:
        r = bad()
        print("ok", type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__)
pairs = [("x", 1), ("y", 2), ("z", 3)]
letters, nums = zip(*pairs)
print(letters, nums)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), list(map(list, zip(*[(1, 2), (3, 4)]))))
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(col) for col in zip(*matrix)], list(zip(*matrix, strict=True)))
