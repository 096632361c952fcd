# Pseudo-random strings (own LCG) through split/join/replace/find/strip/case methods, compared with simple models.
state = 5150
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
alphabet = "ab c,ÀßΣ😀\t"
def rand_str(n):
    return "".join(alphabet[rnd(len(alphabet))] for _ in range(n))
def model_find(s, sub):
    for i in range(len(s) - len(sub) + 1):
        if s[i:i + len(sub)] == sub:
            return i
    return -1
def model_count(s, sub):
    i = c = 0
    while True:
        j = model_find(s[i:], sub)
        if j < 0:
            return c
        c += 1
        i += j + max(len(sub), 1)
        if not sub and i > len(s):
            return c
for trial in range(40):
    s = rand_str(rnd(25))
    sub = rand_str(rnd(3))
    rep = rand_str(rnd(3))
    parts = s.split(",")
    checks = (s.find(sub) == model_find(s, sub), ",".join(parts) == s, s.count(sub) == (model_count(s, sub) if sub else len(s) + 1))
    print(trial, repr(s), repr(sub), s.find(sub), s.rfind(sub), s.count(sub), checks)
    print("   ", repr(s.replace(sub, rep) if sub else s), s.split(), s.upper(), s.lower(), s.casefold(), repr(s.strip(" ,")))
    print("   ", s.title(), s.swapcase(), s.partition(","), s.rsplit(" ", 1), len(s.encode()), s.isalpha(), s.isspace())
    print("   ", repr(s.center(30, ".")), repr(s.expandtabs(4)), repr(s[::-1]), repr(s[1::3]), ascii(s))
