#!/usr/bin/env python
# vim: set fileencoding=bogus :
x = 1
