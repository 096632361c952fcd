# Uncaught custom exceptions: module-qualified names, custom __str__, and multi-argument messages.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


class Quiet(Exception):
    pass


try:
    raise Quiet()
except Quiet as q:
    print("empty message repr:", repr(q), "str:", repr(str(q)))
try:
    raise Quiet("a", 1)
except Quiet as q:
    print("two args:", str(q))
print("about to fail")
raise ValidationError("email", "must contain @")
