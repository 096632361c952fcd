# Dict and str work: word frequencies, string building, splitting, joining, formatting.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi "
         "rho sigma tau upsilon phi chi psi omega").split()

def make_text(n):
    parts = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        parts.append(WORDS[seed % len(WORDS)])
        if seed % 11 == 0:
            parts.append(WORDS[(seed >> 8) % len(WORDS)].upper())
    return " ".join(parts)

def frequencies(text):
    counts = {}
    for word in text.split():
        w = word.lower()
        counts[w] = counts.get(w, 0) + 1
    return counts

def render(counts):
    lines = []
    for word in sorted(counts):
        lines.append("%-10s %6d %s" % (word, counts[word], word[::-1].capitalize()))
    return "\n".join(lines)

def index_words(text):
    index = {}
    for pos, word in enumerate(text.split()):
        key = word[:2]
        if key in index:
            index[key].append(pos)
        else:
            index[key] = [pos]
    return index

checksum = 0
for round_ in range(6):
    text = make_text(60000 + round_)
    counts = frequencies(text)
    out = render(counts)
    idx = index_words(text)
    checksum += len(out) + sum(len(v) for v in idx.values()) + counts["alpha"]
    checksum += len(text.replace("a", "aa").strip()) % 1000
    checksum += sum(1 for w in text.split() if w.startswith("s") and w.endswith("a"))
    checksum += len(f"{round_}:{len(counts)}:{out[:20]!r}")
print(checksum)
