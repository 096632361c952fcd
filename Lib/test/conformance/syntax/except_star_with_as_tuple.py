try:
    pass
except* (A, B) as (e, f):
    pass
