# A tokenizer, recursive-descent parser and evaluator for a small expression language with variables.
class Token:
    __slots__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return f"{self.kind}:{self.text}"
def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token("num", src[i:j])
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("name", src[i:j])
            i = j
        elif src.startswith("**", i):
            yield Token("op", "**")
            i += 2
        elif ch in "+-*/%()=,":
            yield Token("op", ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    yield Token("end", "")
class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self, text=None):
        tok = self.tokens[self.pos]
        if text is not None and tok.text != text:
            raise SyntaxError(f"expected {text!r}, got {tok.text!r}")
        self.pos += 1
        return tok
    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.pos + 1].text == "=":
            name = self.take().text
            self.take("=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            node = (self.take().text, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "%"):
            node = (self.take().text, node, self.unary())
        return node
    def unary(self):
        if self.peek().text == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return ("**", base, self.unary())
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return ("num", float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return ("call", tok.text, args)
            return ("var", tok.text)
        if tok.text == "(":
            node = self.expr()
            self.take(")")
            return node
        raise SyntaxError(f"unexpected token {tok!r}")
FUNCS = {"max": max, "min": min, "abs": abs, "round": round}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "%": lambda a, b: a % b, "**": lambda a, b: a ** b}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call":
        return FUNCS[node[1]](*(evaluate(a, env) for a in node[2]))
    return OPS[kind](evaluate(node[1], env), evaluate(node[2], env))
env = {}
program = ["x = 2 ** 3 ** 2", "y = -x % 7", "z = (x + y) / 4", "max(x, y, z) - min(1, 2.5)", "2 ** -1", "-2 ** 2",
           "round(z * 3.14159, 3)", "big = 3 ** 100", "big % 1000007", "w = 10 / 0", "q + 1", "1 +", "7 $ 3", "abs(-7.5) * 2"]
for line in program:
    try:
        print(f"{line!r:28} -> {evaluate(Parser(line).statement(), env)!r}")
    except (SyntaxError, ZeroDivisionError, KeyError) as e:
        print(f"{line!r:28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
