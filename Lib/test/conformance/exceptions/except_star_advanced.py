# except* with several matching clauses, nested groups, notes, derive on subclasses, and re-raising new groups.
def show(e, indent=0):
    pad = "  " * indent
    if isinstance(e, BaseExceptionGroup):
        notes = getattr(e, "__notes__", [])
        print(f"{pad}{type(e).__name__}({e.message!r}) notes={notes}")
        for sub in e.exceptions:
            show(sub, indent + 1)
    else:
        print(f"{pad}{type(e).__name__}: {e}")
eg = ExceptionGroup("root", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]), KeyError("k1")])
try:
    raise eg
except* ValueError as g:
    print("ValueError clause:")
    show(g)
except* TypeError as g:
    print("TypeError clause:")
    show(g)
except* LookupError as g:
    print("LookupError clause:")
    show(g)
class TaggedGroup(ExceptionGroup):
    def derive(self, excs):
        new = TaggedGroup(f"{self.message} (part)", excs)
        new.tag = getattr(self, "tag", None)
        return new
tg = TaggedGroup("tagged", [ValueError("a"), OSError("b")])
tg.tag = "T1"
tg.add_note("group note")
try:
    try:
        raise tg
    except* ValueError as g:
        print("handled", type(g).__name__, g.message, g.tag, getattr(g, "__notes__", None))
except* OSError as rest:
    print("rest", type(rest).__name__, rest.message, rest.tag)
try:
    try:
        raise ExceptionGroup("first", [ValueError("x"), KeyError("y")])
    except* ValueError:
        raise ExceptionGroup("new from handler", [RuntimeError("r")])
except BaseExceptionGroup as outer:
    print("combined:")
    show(outer)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        g.add_note("annotated in handler")
        raise
except ExceptionGroup as e:
    show(e)
    print(e.exceptions[0].__notes__ if hasattr(e.exceptions[0], "__notes__") else "no notes on leaf")
results = []
for exc in [ValueError("single"), ExceptionGroup("g", [OSError("o")]), KeyError("unmatched")]:
    try:
        try:
            raise exc
        except* (ValueError, OSError) as g:
            results.append(("matched", [str(e) for e in g.exceptions]))
    except KeyError as e:
        results.append(("escaped bare", repr(e)))
    except ExceptionGroup as e:
        results.append(("escaped group", repr(e)))
print(results)
try:
    raise ExceptionGroup("empty-after-split", [ValueError("only")])
except* ValueError:
    print("fully handled: nothing re-raised")
print("done")
