# Evaluating and simplifying expression trees (tuples and dicts) with nested patterns.
def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+", x, y):
            return evaluate(x, env) + evaluate(y, env)
        case ("*", x, y):
            return evaluate(x, env) * evaluate(y, env)
        case ("-", x, y):
            return evaluate(x, env) - evaluate(y, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("sum", *terms):
            return sum(evaluate(t, env) for t in terms)
        case {"op": "max", "args": [first, *rest]}:
            return max([evaluate(first, env)] + [evaluate(r, env) for r in rest])
        case _:
            raise ValueError(f"bad node {node!r}")
def simplify(node):
    match node:
        case ("+", 0, x) | ("+", x, 0):
            return simplify(x)
        case ("*", 1, x) | ("*", x, 1):
            return simplify(x)
        case ("*", 0, _) | ("*", _, 0):
            return 0
        case ("neg", ("neg", x)):
            return simplify(x)
        case (op, x, y):
            return (op, simplify(x), simplify(y))
        case (op, x):
            return (op, simplify(x))
        case _:
            return node
exprs = [
    ("+", 1, ("*", 2, 3)), ("let", "x", 5, ("*", "x", "x")), ("neg", ("neg", 4)), ("sum", 1, 2, 3, ("neg", 6)),
    {"op": "max", "args": [1, ("*", 3, 3), "y"]}, ("-", "y", 2.5), ("+", 0, ("*", 1, "y")), ("*", ("+", "y", 0), 0),
]
for e in exprs:
    print(e, "=>", evaluate(e, {"y": 10}), "| simplified:", simplify(e) if not isinstance(e, dict) else e)
for bad in [("pow", 2, 3), {"op": "max", "args": []}, [1, 2]]:
    try:
        evaluate(bad, {})
    except ValueError as err:
        print(type(err).__name__, err)
def classify_json(value, depth=0):
    match value:
        case {"type": "object", "properties": dict(props)}:
            return {k: classify_json(v, depth + 1) for k, v in props.items()}
        case {"type": "array", "items": items}:
            return [classify_json(items, depth + 1)]
        case {"type": ("string" | "number" | "boolean") as t}:
            return t
        case _:
            return "unknown"
schema = {"type": "object", "properties": {"name": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}},
          "meta": {"type": "object", "properties": {"n": {"type": "number"}, "x": {"type": "weird"}}}}}
print(classify_json(schema))
