# async with: exception info passed to __aexit__, suppression, exceptions raised in __aenter__/__aexit__.
class Suspend:
    def __await__(self):
        yield "s"
class ACM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    async def __aenter__(self):
        await Suspend()
        if self.fail_enter:
            raise OSError(f"{self.name} enter failed")
        print("enter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Suspend()
        print("exit", self.name, et.__name__ if et else None, repr(ev))
        if self.fail_exit:
            raise RuntimeError(f"{self.name} exit failed")
        return self.suppress
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
async def scenario(label, *cms, raise_in_body=None):
    print("--", label)
    try:
        async with cms[0] as a:
            if len(cms) > 1:
                async with cms[1] as b:
                    if raise_in_body:
                        raise raise_in_body
            elif raise_in_body:
                raise raise_in_body
        return "completed"
    except Exception as e:
        ctx = e.__context__
        return f"escaped {type(e).__name__}: {e} (context: {ctx!r})"
print(run(scenario("plain", ACM("p"))))
print(run(scenario("body raises", ACM("b"), raise_in_body=ValueError("body"))))
print(run(scenario("suppressed", ACM("s", suppress=True), raise_in_body=ValueError("hidden"))))
print(run(scenario("enter fails", ACM("e", fail_enter=True))))
print(run(scenario("exit fails", ACM("x", fail_exit=True), raise_in_body=KeyError("orig"))))
print(run(scenario("inner suppresses", ACM("outer"), ACM("inner", suppress=True), raise_in_body=TypeError("t"))))
print(run(scenario("outer suppresses", ACM("outer", suppress=True), ACM("inner"), raise_in_body=TypeError("t"))))
async def return_inside():
    async with ACM("r"):
        return "returned from inside async with"
print(run(return_inside()))
async def break_inside():
    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 1:
                break
    return i
print(run(break_inside()))
