# A three-level chain mixing explicit cause and implicit context in one traceback.
class StorageError(Exception):
    pass


class ServiceError(Exception):
    pass


def read_block(blocks, index):
    try:
        return blocks[index]
    except IndexError as err:
        raise StorageError(f"block {index} missing") from err


def load(blocks, index):
    try:
        return read_block(blocks, index)
    except StorageError:
        cleanup = None
        return cleanup.release()


print(load(["b0", "b1"], 1))
try:
    load([], 0)
except AttributeError as e:
    print("caught once:", type(e.__context__).__name__, type(e.__context__.__cause__).__name__)
load(["only"], 3)
