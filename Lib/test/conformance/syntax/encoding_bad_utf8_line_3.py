# ok
y = 1
x = 'café'
