{**d for d in y}
