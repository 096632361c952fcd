# A Brainfuck interpreter with bracket pre-matching, bytearray tape, and output collected into a string.
def run(code, data=b"", tape_size=300, limit=2_000_000):
    code = [c for c in code if c in "+-<>[].,"]
    jumps, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape = bytearray(tape_size)
    ptr = pc = steps = 0
    inp = iter(data)
    out = []
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        c = code[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == ",":
            tape[ptr] = next(inp, 0)
        elif c == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return "".join(out), steps
hello = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.")
print(run(hello))
echo_upper = ",[>++++[<-------->-]<.,]"
print(run(echo_upper, b"abc"))
add = ",>,[<+>-]<."
print(run(add, bytes([30, 35])))
for bad in ["[[]", "]", "+[]]"]:
    try:
        run(bad)
    except SyntaxError as e:
        print(type(e).__name__, e)
try:
    run("+[]")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    print("negative tape index wraps like a Python list:", run("<+++++++++++++++++++++++++++++++++."))
    run(">" * 301 + "+")
except IndexError as e:
    print(type(e).__name__, e)
squares = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"
out, steps = run(squares, limit=5_000_000)
print(out.split("\n")[:6], len(out.split("\n")), steps)
