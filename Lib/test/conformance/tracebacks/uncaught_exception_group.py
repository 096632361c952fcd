# An uncaught ExceptionGroup prints the nested box-drawing traceback format.
def check_user(user):
    errors = []
    if not user.get("name"):
        errors.append(ValueError("name is required"))
    if user.get("age", 0) < 0:
        errors.append(ValueError(f"age {user['age']} is negative"))
    if "email" not in user:
        errors.append(KeyError("email"))
    return errors


def validate_all(users):
    problems = []
    for i, user in enumerate(users):
        errs = check_user(user)
        if errs:
            problems.append(ExceptionGroup(f"user {i} invalid", errs))
    if problems:
        raise ExceptionGroup("validation failed", problems)
    return True


print(validate_all([{"name": "ann", "age": 3, "email": "a@x"}]))
validate_all([
    {"name": "ok", "age": 1, "email": "e"},
    {"name": "", "age": -5},
    {"name": "bo", "age": 2},
])
