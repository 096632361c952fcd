# string constants and Template, textwrap wrapping/dedent/indent/shorten.
import string
import textwrap
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.capwords("hello   wide  world"))
t = string.Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print(type(e).__name__, e)
fmt = string.Formatter()
print(fmt.format("{0}-{x}", 1, x=2), list(fmt.parse("a{b!r:>3}c")))
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), textwrap.shorten("short", width=50))
block = """
    indented line one
      more indented
    back
"""
print(repr(textwrap.dedent(block)), repr(textwrap.indent("a\n\nb", "+ ")))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("", 5), textwrap.wrap("a b", 1))
print(textwrap.wrap("tabs\there", 8, expand_tabs=True), textwrap.fill("x " * 10, 7, break_on_hyphens=False))
