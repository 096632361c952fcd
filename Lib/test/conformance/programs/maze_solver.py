# Maze solving on a text grid: BFS shortest path, path drawing, reachability and dead-end counting.
MAZE = """\
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
###.#.###
#.......#
#########"""
grid = [list(row) for row in MAZE.splitlines()]
H, W = len(grid), len(grid[0])
find = lambda ch: next((r, c) for r in range(H) for c in range(W) if grid[r][c] == ch)
start, end = find("S"), find("E")
def neighbours(pos):
    r, c = pos
    for dr, dc in ((-1, 0), (0, 1), (1, 0), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#":
            yield nr, nc
def bfs(src):
    dist = {src: 0}
    prev = {}
    queue = [src]
    for pos in queue:
        for nxt in neighbours(pos):
            if nxt not in dist:
                dist[nxt] = dist[pos] + 1
                prev[nxt] = pos
                queue.append(nxt)
    return dist, prev
dist, prev = bfs(start)
path = [end]
while path[-1] != start:
    path.append(prev[path[-1]])
path.reverse()
print("shortest path length", len(path) - 1, "cells reachable", len(dist))
drawn = [row[:] for row in grid]
for r, c in path[1:-1]:
    drawn[r][c] = "*"
print("\n".join("".join(row) for row in drawn))
dead_ends = sorted(p for p in dist if p not in (start, end) and len(list(neighbours(p))) == 1)
print("dead ends", dead_ends)
far = max(dist, key=lambda p: (dist[p], p))
print("farthest cell", far, dist[far])
directions = {(-1, 0): "N", (0, 1): "E", (1, 0): "S", (0, -1): "W"}
moves = "".join(directions[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:]))
compressed = []
for ch in moves:
    if compressed and compressed[-1][0] == ch:
        compressed[-1][1] += 1
    else:
        compressed.append([ch, 1])
print(moves, " ".join(f"{d}{n}" for d, n in compressed))
grid[3][3] = "#"
grid[1][3] = "#"
dist2, _ = bfs(start)
print("after blocking:", end in dist2, len(dist2))
