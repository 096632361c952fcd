# json: dumps options (indent, sort_keys, separators, ensure_ascii), loads, errors and special floats.
import json
data = {"name": "Ann", "tags": ["a", "é", "😀"], "n": 3, "f": 1.5, "none": None, "ok": True, "nested": {"z": [], "a": {}}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1e16, 0.1, -0.0, 2**70, 1e-7, 123456789.125]), json.dumps("line\nbreak\t\"q\"\\"), json.dumps((1, 2)))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps([float("inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
text = '{"a": [1, 2.0, "x", null, true, false], "b": {"c": -1e3}, "u": "\\u00e9\\ud83d\\ude00"}'
obj = json.loads(text)
print(obj, type(obj["a"][1]).__name__, obj["u"])
print(json.loads("[]"), json.loads('"str"'), json.loads("  42 "), json.loads("NaN"), json.loads("-Infinity"))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "[1] x", '"\\x"', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5]', parse_float=lambda s: "F" + s), json.loads('{"k": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads(json.dumps(data)) == data, json.dumps(json.loads('{"x": 1.10}')))
