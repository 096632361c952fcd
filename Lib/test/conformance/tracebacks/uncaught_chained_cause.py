# Explicit chaining: "The above exception was the direct cause of the following exception:".
class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"missing setting {key!r}") from exc


def validate(settings):
    value = read_setting(settings, "timeout")
    if value <= 0:
        raise ConfigError("timeout must be positive")
    return value


ok = {"timeout": 5}
print("valid:", validate(ok))
try:
    validate({"timeout": -1})
except ConfigError as e:
    print("caught:", e, "| cause:", e.__cause__)
validate({"retries": 3})
