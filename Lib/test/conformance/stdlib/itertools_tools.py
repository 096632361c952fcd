# itertools: combinatorics, accumulate, groupby, chain, islice, zip_longest, tee, pairwise and friends.
from itertools import (product, permutations, combinations, combinations_with_replacement, accumulate, groupby, chain,
                       islice, zip_longest, starmap, takewhile, dropwhile, count, cycle, repeat, tee, pairwise, compress,
                       filterfalse)
import operator
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), list(combinations(range(4), 3)), list(combinations_with_replacement("ab", 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print([(k, list(g)) for k, g in groupby("aaabccddda")], [(k, len(list(g))) for k, g in groupby(sorted("banana"))])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda v: v // 4)])
print(list(chain("ab", [1], ())), list(chain.from_iterable(["xy", "z"])))
print(list(islice(count(5, 3), 4)), list(islice("abcdefg", 2, None, 2)), list(islice(cycle("ab"), 5)), list(repeat("r", 3)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(pairwise("abcd")), list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(None, [0, 1, "", "x"])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
try:
    list(islice("abc", -1))
except ValueError as e:
    print(type(e).__name__, e)
print(list(islice(count(), 0)), next(count(2.5)), list(islice(count(1, 0.5), 3)))
g = groupby([1, 1, 2])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))
print(sum(1 for _ in permutations(range(6))), len(list(combinations(range(10), 4))))
