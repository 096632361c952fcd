# heapq, bisect and operator modules on deterministic data.
import heapq
import bisect
import operator
data = [5, 1, 8, 3, 9, 2, 7]
h = list(data)
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], sorted(h))
heapq.heappush(h, 0)
print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), sorted(h))
print(heapq.nlargest(3, data), heapq.nsmallest(2, data), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
s = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 0), bisect.bisect(s, 10), bisect.bisect_left(s, 4, 0, 3))
bisect.insort(s, 5)
bisect.insort_left(s, 3)
print(s, bisect.bisect_left(s, 8, key=None))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(4), operator.not_(0), operator.truth([]), operator.contains("abc", "b"))
print(operator.itemgetter(1)([7, 8]), operator.itemgetter(0, 2)("xyz"), operator.attrgetter("real")(3 + 4j), operator.methodcaller("upper")("q"))
print(sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1)), operator.index(7), operator.concat([1], [2]), operator.getitem({"k": 1}, "k"))
l = [1, 2, 3]
operator.setitem(l, 0, "x")
operator.delitem(l, 1)
print(l, operator.iadd([1], [2]), operator.lt(1, 2), operator.is_(None, None), operator.length_hint(iter(range(5))))
try:
    operator.index(1.5)
except TypeError as e:
    print(type(e).__name__, e)
