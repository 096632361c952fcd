# Order of clause evaluation in comprehensions with several for/if clauses, traced step by step.
log = []
def src(name, items):
    log.append(f"iter {name}")
    return items
def cond(name, v, result):
    log.append(f"if {name}({v})")
    return result
r = [(a, b) for a in src("A", [1, 2]) if cond("a", a, a != 2) for b in src("B", "xy") if cond("b", b, b == "y")]
print(r)
for line in log:
    print(" ", line)
log.clear()
s = {a * b for a in src("A", range(3)) for b in src("B", range(a))}
print(sorted(s), log)
log.clear()
d = {a: b for a in src("A", "pq") for b in src("B", [1, 2])}
print(d, log)
print([x for x in range(20) if x % 2 == 0 if x % 3 == 0], [x if x % 2 else "even" for x in range(5)])
print([[c for c in word if c not in "aeiou"] for word in ("banana", "kiwi")])
print([(i, j, k) for i in range(3) for j in range(i) for k in range(j)])
def primes_upto(n):
    return [p for p in range(2, n) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes_upto(50))
print([w for w in ["", "a", None, "b", 0] if w], [v for v in [0, 1, 2] if not v])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] * 10 for row in matrix] for i in range(len(matrix[0]))])
print([a for a, b in [(1, 2), (3, 4)] if b > 2], [b for _, b in {"x": 1}.items()])
print([i for i in range(3) for i in range(i + 1)])
