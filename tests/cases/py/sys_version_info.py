# sys.version_info is a struct sequence: a tuple with named fields, compared as a tuple.
import sys
print(sys.version_info, sys.version_info >= (3, 11), sys.version_info[:2], sys.version_info.minor, type(sys.version_info).__name__)
print(sys.version_info.major == 3, tuple(sys.version_info)[3:], sys.version_info > (3, 14, 1))
