# Backtracking with generators: all N-queens solutions and a small sudoku (4x4 and 9x9) solver.
def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))
for n in range(1, 9):
    sols = list(queens(n))
    print(n, len(sols), sols[0] if sols else None)
first8 = next(queens(8))
for r in range(8):
    print("".join("Q" if first8[r] == c else "." for c in range(8)))
def solve(grid, size):
    box = int(size ** 0.5)
    for i, v in enumerate(grid):
        if v == 0:
            r, c = divmod(i, size)
            used = {grid[r * size + k] for k in range(size)} | {grid[k * size + c] for k in range(size)}
            br, bc = r - r % box, c - c % box
            used |= {grid[(br + dr) * size + bc + dc] for dr in range(box) for dc in range(box)}
            for cand in range(1, size + 1):
                if cand not in used:
                    grid[i] = cand
                    if solve(grid, size):
                        return True
            grid[i] = 0
            return False
    return True
small = [1, 0, 0, 0,
         0, 0, 3, 0,
         0, 4, 0, 0,
         0, 0, 0, 2]
print(solve(small, 4), [small[i:i + 4] for i in range(0, 16, 4)])
puzzle = ("530070000600195000098000060800060003400803001700020006060000280000419005000080079")
grid = [int(ch) for ch in puzzle]
print(solve(grid, 9))
for r in range(9):
    print(" ".join(map(str, grid[r * 9:r * 9 + 9])))
print(all(sorted(grid[r * 9:r * 9 + 9]) == list(range(1, 10)) for r in range(9)))
