# A hand-written serializer/parser for a JSON-like format: escapes, nesting, floats via repr, and errors.
def dumps(obj, indent=None, _level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"cannot serialize {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        out = []
        for ch in obj:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                cp = ord(ch)
                if cp > 0xFFFF:
                    cp -= 0x10000
                    out.append(f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}")
                else:
                    out.append(f"\\u{cp:04x}")
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + ",".join(pad + dumps(v, indent, _level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        parts = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            parts.append(pad + dumps(k) + ":" + ("" if indent is None else " ") + dumps(v, indent, _level + 1))
        return "{" + ",".join(parts) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
data = {"name": "Zoë \"Z\"", "tags": ["a\\b", "line\nbreak", "😀"], "n": -12, "pi": 3.141592653589793, "tiny": 1e-300,
        "big": 2**80, "flags": [True, False, None], "nested": {"empty_list": [], "empty_dict": {}, "tuple": (1, 2.5)}}
print(dumps(data))
print(dumps(data, indent=2))
for bad in [float("nan"), {1: "x"}, {"s": {1, 2}}, object]:
    try:
        dumps(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(dumps([0.1, 1e16, -0.0, 123456789.123456789, 2.5e-8]))
print(eval(dumps([1, [2, [3]]])), dumps("\t\x00\x7f\x80"))
