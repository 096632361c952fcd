x = 1
  # a comment is fine
   y = 2
