# Conway's Game of Life on a small torus: sets of tuples, neighbour counting, and pattern periods.
def step(live, width, height):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % width, (y + dy) % height)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, width, height):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(width)) for y in range(height))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = set(glider)
W, H = 8, 6
for generation in range(5):
    print(f"generation {generation} population {len(state)}")
    print(render(state, W, H))
    state = step(state, W, H)
blinker = {(1, 0), (1, 1), (1, 2)}
seen = {}
s = frozenset(blinker)
for t in range(10):
    if s in seen:
        print("blinker period", t - seen[s])
        break
    seen[s] = t
    s = frozenset(step(s, 5, 5))
state = set(glider)
for _ in range(4 * W):
    state = step(state, W, W)
print("glider returns after 4*W steps on a square torus:", state == glider)
block = {(1, 1), (1, 2), (2, 1), (2, 2)}
print("block is still life:", step(block, 6, 6) == block)
lcg = 17
cells = set()
for y in range(10):
    for x in range(10):
        lcg = (lcg * 1103515245 + 12345) % 2**31
        if (lcg >> 16) % 3 == 0:
            cells.add((x, y))
history = []
for gen in range(30):
    history.append(len(cells))
    cells = step(cells, 10, 10)
print(history)
print(render(cells, 10, 10))
