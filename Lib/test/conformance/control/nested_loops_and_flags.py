# Nested loops with break/continue at different levels, loop variables after loops, and else clauses.
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found, i, j)
grid = ["#..#", "....", ".#..", "...."]
empty_rows = []
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            break
    else:
        empty_rows.append(r)
print(empty_rows)
pairs = []
for a in range(4):
    if a == 2:
        continue
    for b in range(a, 4):
        if b == 3:
            continue
        pairs.append((a, b))
print(pairs)
count = 0
n = 0
while n < 10:
    n += 1
    m = 0
    while True:
        m += 1
        if m > n:
            break
        if (n + m) % 3 == 0:
            continue
        count += 1
print(count, n, m)
primes = []
for candidate in range(2, 40):
    for p in primes:
        if p * p > candidate:
            primes.append(candidate)
            break
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
first_negative = next(((r, c) for r, row in enumerate(matrix) for c, v in enumerate(row) if v < 0), None)
print(first_negative)
total = 0
for row in matrix:
    for v in row:
        if v < 0:
            break
        total += v
    else:
        total += 1000
print(total)
log = []
for x in "ab":
    for y in "12":
        for z in "XY":
            if z == "Y" and y == "2":
                break
            log.append(x + y + z)
        else:
            continue
        log.append("break-inner-" + x)
print(log)
k = 0
for k in range(3):
    pass
else:
    k += 10
print(k)
