# List iterators see mutations made during iteration; reversed and enumerate over lists.
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out, l)
l = [0, 1, 2, 3]
it = iter(l)
print(next(it), next(it))
l.insert(0, "new")
print(next(it), list(it), list(it))
l = [1, 2, 3]
it = iter(l)
list(it)
l.append(4)
print(list(it))
l = [1, 2, 3]
r = reversed(l)
print(next(r))
l.append(4)
print(list(r))
r = reversed(l)
l.clear()
print(list(r))
l = [10, 20, 30]
for i, v in enumerate(l, start=1):
    l[i - 1] = v + i
print(l)
l = list(range(5))
while l:
    print(l.pop(), end=" ")
print()
l = [1, 2, 3]
it = iter(l)
print(it.__length_hint__(), next(it), it.__length_hint__())
print(type(it).__name__, type(reversed(l)).__name__, iter(it) is it)
l = [3, 1, 2]
for x in sorted(l):
    l.append(x)
print(l)
l = [1, 2]
l[:] = (v * 2 for v in l)
print(l)
l = [1, 2, 3]
l.extend(l)
print(l)
def gen(lst):
    for v in lst:
        yield v
        lst.pop()
print(list(gen([1, 2, 3, 4, 5])))
