# An exception raised in a finally block while another propagates: both appear, chained.
class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)
        raise OSError(f"close of {self.name} failed")


def use(resource, fail):
    try:
        print("using", resource.name)
        if fail:
            raise ValueError("work failed")
    finally:
        if fail:
            resource.close()


use(Resource("first"), fail=False)
use(Resource("second"), fail=True)
