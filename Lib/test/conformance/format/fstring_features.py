# f-strings: expressions, conversions, nested specs, '=' self-documenting form, braces and evaluation order.
x, y = 7, "hi"
items = [1, 2, 3]
d = {"k": "v", 1: "one"}
print(f"{x}", f"{x + 1}", f"{x * 2 = }", f"{x=}", f"{x = :>5}", f"{y=!s}", f"{y=}", f"{y!r:>6}")
print(f"{items[1]}", f"{d['k']}", f"{d[1]}", f"{len(items)=}", f"{'nested' + f'{x}'}", f"{ {'a': 1}['a'] }")
print(f"{{literal}}", f"{{{x}}}", f"}}{{", f"{x:{x}}", f"{3.14159:{x}.{x - 4}f}", f"{'a'}" f"{'b'}" "c")
print(f"{x if x > 5 else -x}", f"{(lambda v: v * 3)(x)}", f"{[i * i for i in items]}", f"{x!r:^{x}}|")
print(f"""{
    x
    + 1
}""", f"{'multi'}\n{'line'}")
def tag(label, value):
    print("eval", label)
    return value
print(f"{tag('a', 1)}-{tag('b', 2)}-{tag('c', 3):{tag('spec', '>4')}}")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
    def __repr__(self):
        return "P!"
    def __str__(self):
        return "Pstr"
p = P()
print(f"{p}", f"{p:xyz}", f"{p!r}", f"{p!s}", f"{p=}", f"{p = }", f"{p=:spec}", f"{p!r:>5}")
w = 10
print(f"{'centered':^{w}}|", f"{12.5:{w}.{2}f}|", f"{255:#0{w}x}", f"{'é'!a}")
name = "world"
print(f"hello {name.upper()}!", f'{"quotes"}', f"{name!r}" + f'{name!a}')
print(f"{3 + 4j=}", f"{-0.0=}", f"{1e16=}", f"{None=}", f"{x=:#b}")
print(f"{x:}", f"{'':}", len(f""), type(f"{x}").__name__)
try:
    f"{p:{1 / 0}}"
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    f"{x:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{object():>5}"
except TypeError as e:
    print(type(e).__name__, e)
