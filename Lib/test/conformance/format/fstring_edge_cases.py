# f-string edge cases valid in 3.11: quote nesting, '!=' inside, lambdas/dicts in parentheses, debugging '='.
a, b = 3, 4
d = {"key": "value", 1: "one"}
print(f"{a != b}", f"{a == b = }", f"{a!r:>4}", f"{'!r'}", f"{'x' if a else 'y'}")
print(f"{d['key']}", f'{d["key"]}', f"""{d["key"]!r}""", f"{d[1]}")
print(f"{(lambda x: x * 2)(a)}", f"{ {'k': a}['k'] }", f"{[a, b]}", f"{(a, b)}", f"{a, b}")
print(f"{a:{b}}", f"{a:{'>'}{b}}", f"{3.14159:.{a}f}", f"{'s':{'^'}{a * 3}}", f"{a:0{b}d}")
print(f"{'a' 'b'}", f"{'{'}{'}'}", f"{{{a}}}", f"{{a}}", f"{{}}{a}")
print(f"{a=}", f"{a = }", f"{a= }", f"{a =}", f"{a + b=}", f"{d['key']=}", f"{a=:>5}", f"{a=!s}")
x = 0.1 + 0.2
print(f"{x}", f"{x=}", f"{x!r}", f"{x!s}", f"{x:.2}", f"{x:.2f}", f"{x:g}", f"{x=:.3e}")
print(f"{'multi'}" f"{'ple'}" "plain" f"{a}", f"{a}" "{not a field}")
print(f"{'é'!a}", f"{'😀'!a}", f"{b'x'!r}", f"{None!s:>6}|", f"{...}")
print(f"{len('abc')}", f"{'-'.join(['x', 'y'])}", f"{sorted({3, 1, 2})}", f"{max(a, b, key=lambda v: -v)}")
name = "world"
print(f"Hello, {name.title()}! {name!r:^12} {name[::-1]} {name * 2}")
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{Fmt():x{a}y}", f"{Fmt():}", f"{Fmt()!s:5}" if False else f"{Fmt():{a}{b}}")
print(f"{1:{'' if a else '>5'}}", f"{'nested {braces}'}", f"{a:#x} {a:#o} {a:#b}", f"{1e10:,.0f}")
print(f"{a:=+7}", f"{-a:=+7}", f"{a:*<+7}", f"{1234567:_}", f"{0.5:%}", f"{-0.0:+}")
print(f"{chr(9)!r}", f"{chr(10)!a}", f"{'quote' + chr(39)!r}")
width = 12
for item, price in [("apple", 0.5), ("watermelon", 3.25), ("kiwi", 12)]:
    print(f"{item:<{width}}|{price:>8.2f}|{price * 100:>6.0f}c")
print(f"{'':-^{width + 18}}")
