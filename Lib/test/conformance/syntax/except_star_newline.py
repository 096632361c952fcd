try:
    pass
except *
