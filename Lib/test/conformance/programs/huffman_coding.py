# Huffman coding with deterministic tie-breaking: build the tree, derive codes, encode and decode.
def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        (n1, _, a), (n2, _, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(n1 + n2, counter, (a, b))]
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix or "0"
    walk(nodes[0][2], "")
    return freq, codes
def encode(text, codes):
    return "".join(codes[ch] for ch in text)
def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    if cur:
        raise ValueError(f"trailing bits {cur!r}")
    return "".join(out)
for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog", "é😀é😀x"]:
    freq, codes = build_codes(text)
    bits = encode(text, codes)
    print(repr(text))
    print("  codes:", sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[1])))
    print("  bits:", len(bits), "vs", 8 * len(text.encode()), "ratio", f"{len(bits) / (8 * len(text.encode())):.3f}")
    print("  roundtrip:", decode(bits, codes) == text, bits[:40])
    packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big") if bits else b""
    print("  packed:", packed.hex())
try:
    decode("1", build_codes("aab")[1] | {"x": "11"})
    decode("0101", {"a": "00", "b": "11"})
except ValueError as e:
    print(type(e).__name__, e)
