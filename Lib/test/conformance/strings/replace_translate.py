# replace with counts, maketrans in its three forms, translate with deletion and mapping to strings.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""), "aaa".replace("aa", "b"))
print("abc".replace("b", "bb"), "é😀é".replace("😀", "x"), "x".replace("x", "😀😀"))
t1 = str.maketrans({"a": "1", "b": None, ord("c"): "CC"})
t2 = str.maketrans("abc", "xyz")
t3 = str.maketrans("abc", "xyz", "d")
print(sorted(t1.items()), sorted(t2.items()), sorted(t3.items()))
print("abcd".translate(t1), "abcd".translate(t2), "abcd".translate(t3), "abcd".translate({}))
print("hello".translate({ord("l"): ord("L")}), "hello".translate({108: None}), "hello".translate([chr(i) for i in range(104)] + ["H"]))
class LookupTable:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError(k)
print("hello".translate(LookupTable()))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": "x"}), lambda: str.maketrans(1),
            lambda: str.maketrans("a"), lambda: "x".translate({ord("x"): 1.5}), lambda: "x".translate({ord("x"): 0x110000}),
            lambda: "x".replace(1, "y"), lambda: "x".replace("x", "y", "1")]:
    try:
        print(repr(bad()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(str.maketrans("", ""), str.maketrans("", "", "xy"))
