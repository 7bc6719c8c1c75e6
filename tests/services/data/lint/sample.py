import os
import sys


def greet(name):
    print("hello " + name + " this line is made long enough to pass the pycodestyle limit of 79 chars")
    return undefined_name


class lower_case:
    pass
