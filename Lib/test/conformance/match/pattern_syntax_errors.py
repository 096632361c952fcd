# Invalid match statements are rejected at compile time with specific SyntaxError messages.
sources = [
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case f():\n        pass\n" if False else "match x:\n    case Point(x=1, x=2):\n        pass\n",
    "match x:\n    case Point(y=1, 2):\n        pass\n",
    "match x:\n    case a.b():\n        pass\n    case (1 | c):\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case (a | [b]) as c:\n        pass\n",
    "match x:\n    case -1j:\n        pass\n    case 1 + 1:\n        pass\n",
    "match x:\n    case 'a' f'b':\n        pass\n",
    "match x:\n    case [1, 2] | (3 as z):\n        pass\n",
    "match = 5\nmatch.real\ncase = 3\nprint(match, case)\n",
    "match x:\n    case True | False | None:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<match>", "exec")
        print("compiles:", repr(src.splitlines()[1].strip()))
    except SyntaxError as e:
        print(f"SyntaxError line {e.lineno} offset {e.offset}: {e.msg}")
match = "soft keyword as name"
case = [match]
print(match, case)
def match_fn(match):
    match match:
        case "x":
            return "matched x"
        case _:
            return "other"
print(match_fn("x"), match_fn("y"))
