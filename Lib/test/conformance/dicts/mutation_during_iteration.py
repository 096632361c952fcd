# Changing a dict or set size while iterating raises RuntimeError; value updates are allowed.
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d))
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] *= 10
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"a": 1, "b": 2}
try:
    for k, v in d.items():
        d.pop("b")
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
it = iter(d)
del d[1]
d[3] = 3
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 100)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
d = {"x": 1, "y": 2}
for k in list(d):
    d[k * 2] = d.pop(k)
print(d)
d = dict.fromkeys(range(5))
for k in list(d.keys()):
    if k % 2:
        del d[k]
print(d)
d = {"k": 0}
r = reversed(d)
d["j"] = 1
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
