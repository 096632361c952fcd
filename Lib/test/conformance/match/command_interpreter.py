# A small command interpreter built on match: strings split into tokens, dicts and objects mixed.
class Move:
    __match_args__ = ("dx", "dy")
    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy
state = {"x": 0, "y": 0, "inventory": [], "log": []}
def execute(cmd):
    match cmd:
        case str() as text:
            return execute(text.split())
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            deltas = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}
            return execute(Move(*deltas[direction]))
        case ["go", *other]:
            return f"cannot go {' '.join(other) or 'nowhere'}"
        case ["take", item] if item not in state["inventory"]:
            state["inventory"].append(item)
            return f"took {item}"
        case ["take", item]:
            return f"already have {item}"
        case ["take", *items] if items:
            return "; ".join(execute(["take", i]) for i in items)
        case ["drop", item]:
            try:
                state["inventory"].remove(item)
                return f"dropped {item}"
            except ValueError:
                return f"no {item} to drop"
        case Move(0, 0):
            return "stay"
        case Move(dx, dy) if abs(dx) + abs(dy) > 5:
            return "too far"
        case Move(dx, dy):
            state["x"] += dx
            state["y"] += dy
            return f"at {state['x']},{state['y']}"
        case {"action": "teleport", "to": [int(x), int(y)]}:
            state["x"], state["y"] = x, y
            return f"teleported to {x},{y}"
        case {"action": action, **rest}:
            return f"unknown action {action} with {sorted(rest)}"
        case ["quit" | "exit"]:
            return "bye"
        case [] | None:
            return "empty command"
        case _:
            return f"unrecognised {cmd!r}"
commands = ["go north", "go north", "go up", "go", "take lamp", "take lamp", "take key coin", "drop coin", "drop sword",
            Move(0, 0), Move(3, 3), Move(-2, 1), {"action": "teleport", "to": [5, -5]}, {"action": "teleport", "to": ["a", 1]},
            {"action": "dance", "speed": 2}, "quit", "", None, 42, ["go", "west"], ("take", "map")]
for c in commands:
    print(f"{c!r:45} -> {execute(c)}" if not isinstance(c, Move) else f"Move({c.dx}, {c.dy}) -> {execute(c)}")
print(state)
