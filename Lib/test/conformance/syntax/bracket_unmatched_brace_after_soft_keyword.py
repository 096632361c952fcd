global    match})case
