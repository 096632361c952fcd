# Word statistics over a fixed text: normalisation, counting with dicts, sorting with tie-breaks, formatting.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
def words(text):
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)
all_words = list(words(TEXT))
counts = {}
for w in all_words:
    counts[w] = counts.get(w, 0) + 1
print(len(all_words), len(counts))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:<12}{n:>3} {'*' * n}")
by_length = {}
for w in sorted(counts):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, ", ".join(by_length[length]))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print(" ".join(f"{c}={letters[c] / total:.2%}" for c in top))
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20], sum(l.count(",") for l in lines))
pairs = {}
for a, b in zip(all_words, all_words[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print(sorted(((n, p) for p, n in pairs.items() if n > 2), reverse=True))
capitalized = [w for w in TEXT.replace(",", " ").replace(".", " ").split() if w[0].isupper()]
print(capitalized, TEXT.title()[:30], TEXT.count("was"), TEXT.find("wisdom"), TEXT.rfind("it"))
width = 40
for line in lines[:2]:
    print(f"|{line[:width]:^{width}}|")
print(f"{'word':<10}|{'count':>6}|{'share':>8}")
for word, n in ranked[:3]:
    print(f"{word:<10}|{n:>6}|{n / len(all_words):>8.3f}")
