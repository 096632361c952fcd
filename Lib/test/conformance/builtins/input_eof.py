import sys
# input() with an empty stdin: the prompt is written, then EOFError is raised.
print("before input")
try:
    value = input("prompt> ")
    print("read", repr(value))
except EOFError as e:
    print()
    print(type(e).__name__, repr(str(e)), e.args)
try:
    input()
except EOFError as e:
    print("second", type(e).__name__, repr(str(e)))
print(sys.stdin.read(), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
class Prompt:
    def __str__(self):
        return "[custom prompt]"
try:
    input(Prompt())
except EOFError:
    print()
    print("custom prompt object used str()")
try:
    input(5)
except EOFError:
    print()
    print("int prompt converted")
print(sys.stdin.isatty() if False else "", "done")
print("line", end="")
print(" finished")
