x = (
    'a'
    'b' c
)
