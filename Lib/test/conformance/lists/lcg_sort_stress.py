# Sorting pseudo-random data (own LCG) with keys and reverse; compared against a hand-written merge sort.
state = 99
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1) % 2**64
    return (state >> 33) % n
def merge_sort(xs, key=lambda v: v, reverse=False):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid], key, reverse), merge_sort(xs[mid:], key, reverse)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        a, b = key(left[i]), key(right[j])
        take_right = (a < b) if reverse else (b < a)
        if take_right:
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    return out + left[i:] + right[j:]
for trial in range(12):
    n = rnd(300)
    data = [rnd(50) - 25 for _ in range(n)]
    tagged = [(v, i) for i, v in enumerate(data)]
    s1 = sorted(tagged, key=lambda t: t[0])
    s2 = merge_sort(tagged, key=lambda t: t[0])
    s3 = sorted(tagged, key=lambda t: abs(t[0]), reverse=True)
    s4 = merge_sort(tagged, key=lambda t: abs(t[0]), reverse=True)
    print(trial, n, s1 == s2, s3 == s4, s1[:4], s3[:4])
words = ["".join(chr(97 + rnd(5)) for _ in range(rnd(5) + 1)) for _ in range(60)]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (w[-1], len(w)), reverse=True))
floats = [rnd(1000) / (rnd(9) + 1) - 50 for _ in range(40)]
print(sorted(floats)[:10], sorted(floats, reverse=True)[:5])
mixed = [rnd(100) if rnd(2) else rnd(100) + 0.5 for _ in range(30)]
mixed.sort()
print(mixed)
pairs = [(rnd(3), chr(65 + rnd(3))) for _ in range(25)]
pairs.sort(key=lambda p: p[1])
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
big = [rnd(10**6) for _ in range(5000)]
sb = sorted(big)
print(all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1)), sb[0], sb[-1], sb[2500], len(set(big)))
