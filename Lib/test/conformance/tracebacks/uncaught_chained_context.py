# Implicit chaining: "During handling of the above exception, another exception occurred:".
config = {"host": "localhost", "port": "80a"}


def get_port(cfg):
    try:
        return int(cfg["port"])
    except ValueError:
        print("port is not numeric, looking up fallback")
        return cfg["fallback_port"]


def connect(cfg):
    port = get_port(cfg)
    print("connecting to", cfg["host"], port)


print("begin")
try:
    connect({"host": "h", "port": "1"})
except Exception as e:
    print("unexpected", e)
connect(config)
