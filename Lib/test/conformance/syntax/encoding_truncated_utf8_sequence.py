x = 'abâ‚'
