# Lexicographic comparison, concatenation, repetition, membership, and their type errors.
words = ["apple", "Apple", "app", "apples", "", "b", "Z", "é", "e", "10", "9", "a b", "a"]
print(sorted(words))
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(words, reverse=True))
print("abc" < "abd", "abc" < "ab", "" < "a", "A" < "a", "Z" < "a", "é" > "z", "abc" == "abc", "a" != "A")
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "x" * True)
print("b" in "abc", "" in "abc", "ac" in "abc", "" in "", "abc" in "abc")
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" < 1, lambda: "a" * "b", lambda: "a" - "b", lambda: 1 in "a",
            lambda: "a" + None, lambda: "a" * 1.5, lambda: "a" >= None, lambda: [] + "a", lambda: "a" + []]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a" * (2**63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
s = "x"
t = s
s += "y"
print(s, t, s is t)
acc = ""
for i in range(5):
    acc += str(i) * i
print(acc, len(acc))
print(max("hello"), min("hello"), sorted("hello"), list("héllo"), tuple("ab"), set("aa") == {"a"})
print(str(123), str(-4.5), str([1, "a"]), str(None), str(str), str(b"x"), str(object) == "<class 'object'>")
print("abc".__add__("d"), "abc".__mul__(2), "abc".__rmul__(2), "abc".__contains__("b"), "abc".__len__(), "abc".__getitem__(-1))
print("abc".__lt__(1), "abc".__eq__(1), str.__mod__("%s", 1), "abc".__ne__("abd"))
try:
    "abc".__add__(1)
except TypeError as e:
    print(type(e).__name__, e)
