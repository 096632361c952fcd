# Several hand-written sorting algorithms compared with sorted() on LCG data, with comparison counts.
state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
class Counted:
    comparisons = 0
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Counted.comparisons += 1
        return self.v < other.v
    def __le__(self, other):
        Counted.comparisons += 1
        return self.v <= other.v
    def __repr__(self):
        return str(self.v)
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        x, j = a[i], i - 1
        while j >= 0 and x < a[j]:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a
def quick(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return quick([x for x in a if x < pivot]) + [x for x in a if not (x < pivot) and not (pivot < x)] + quick([x for x in a if pivot < x])
def heap(a):
    a = list(a)
    n = len(a)
    def sift(i, n):
        while 2 * i + 1 < n:
            c = 2 * i + 1
            if c + 1 < n and a[c] < a[c + 1]:
                c += 1
            if not (a[i] < a[c]):
                return
            a[i], a[c] = a[c], a[i]
            i = c
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def merge(a):
    if len(a) <= 1:
        return list(a)
    l, r = merge(a[:len(a) // 2]), merge(a[len(a) // 2:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
for size in (0, 1, 2, 10, 100, 300):
    data = [rnd(50) for _ in range(size)]
    expected = sorted(data)
    row = [size]
    for algo in (insertion, quick, heap, merge, sorted):
        Counted.comparisons = 0
        result = [c.v for c in algo([Counted(v) for v in data])]
        row.append((algo.__name__, result == expected, Counted.comparisons))
    print(row)
print(sorted([Counted(v) for v in [3, 1, 2]]), merge([5, 2, 9, 1]), heap(["b", "c", "a"]), quick([2.5, -1, 2]))
stable = [(rnd(3), i) for i in range(12)]
print(merge([Counted(v) for v in [1, 1]]) and [p for p in sorted(stable, key=lambda p: p[0])] == insertion(sorted(stable, key=lambda p: p[1])) or "stability checked")
