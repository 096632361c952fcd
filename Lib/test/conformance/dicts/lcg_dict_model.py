# Random insert/update/delete operations on a dict compared with a list-of-pairs model (own LCG).
state = 31337
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
d = {}
model = []
def model_set(k, v):
    for i, (mk, _) in enumerate(model):
        if mk == k:
            model[i] = (k, v)
            return
    model.append((k, v))
def model_del(k):
    for i, (mk, _) in enumerate(model):
        if mk == k:
            del model[i]
            return True
    return False
keys = [f"k{i}" for i in range(40)] + list(range(20)) + [(1, 2), 2.5, None, True]
for step in range(3000):
    k = keys[rnd(len(keys))]
    op = rnd(10)
    if op < 6:
        d[k] = step
        model_set(k, step)
    elif op < 9:
        present = k in d
        if present:
            del d[k]
        assert model_del(k) == present
    else:
        d.pop(k, None)
        model_del(k)
    if step % 500 == 0:
        print(step, len(d), list(d.items()) == model)
print(list(d.items()) == model, len(d))
print(list(d)[:15])
print(list(d.values())[:15])
while len(d) > 5:
    k, v = d.popitem()
    mk, mv = model.pop()
    assert (k, v) == (mk, mv)
print(d, model == list(d.items()))
big = {}
for i in range(20000):
    big[i * 7919 % 20011] = i
for i in range(0, 20000, 3):
    del big[i * 7919 % 20011]
print(len(big), list(big)[:10], sum(big.values()) % 100003)
