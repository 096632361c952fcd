# while loops with complex conditions, walrus, sentinels, and numeric algorithms that terminate exactly.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
x = 2.0
prev = 0.0
iterations = 0
while abs(x - prev) > 1e-15:
    prev = x
    x = (x + 2.0 / x) / 2
    iterations += 1
print("sqrt2", x, iterations)
data = [5, 3, 8, 0, 4]
i = 0
while i < len(data) and data[i] != 0:
    i += 1
print("first zero at", i)
stack = [1]
out = []
while stack:
    v = stack.pop()
    out.append(v)
    if v < 20:
        stack.extend([v * 2, v * 3])
print(len(out), sorted(out)[:10], max(out))
queue = list(range(10))
while (item := queue.pop(0)) != 7:
    if item % 3 == 0:
        queue.append(item + 100)
print(item, queue)
bits = 0
v = 2**100 + 5
while v:
    v &= v - 1
    bits += 1
print("bits", bits)
lo, hi = 0, 10**12
target = 123456789 ** 2
while lo < hi:
    mid = (lo + hi) // 2
    if mid * mid < target:
        lo = mid + 1
    else:
        hi = mid
print("isqrt", lo)
count = 0
while True:
    count += 1
    if count % 7 == 0 and count % 5 == 0:
        break
print("first multiple of 35:", count)
text = "a,b;;c,,d"
pos = 0
tokens = []
while pos < len(text):
    end = pos
    while end < len(text) and text[end] not in ",;":
        end += 1
    if end > pos:
        tokens.append(text[pos:end])
    pos = end + 1
print(tokens)
