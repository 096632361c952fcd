# Frames for comprehensions (<listcomp>) and lambdas (<lambda>) appear in the traceback.
convert = lambda text: int(text.strip())


def parse_all(rows):
    return [convert(cell) for row in rows for cell in row.split(";")]


rows = ["1; 2; 3", "4;5", "6; seven"]
print(parse_all(rows[:2]))
print(convert(" 42 "), [convert(c) for c in "7;8".split(";")])
squares = {n: n * n for n in range(3)}
print(squares, sorted({convert(x) % 3 for x in ["10", "11", "12"]}))
gen = (convert(x) for x in ["5"])
print(list(gen))
pairs = [(a, b) for a in range(2) for b in "xy"]
print(pairs)
print(sum(parse_all(["9;10"])), convert.__name__)
numbers = parse_all(rows)
print("never", numbers)
