// bytes, bytearray and memoryview, compared live with the reference CPython (one launch).
import { liveMismatches } from "./stringlib/livecompare";

export const BYTES_CASES: string[] = [
  // constructors
  "bytes()", "bytes(3)", "bytes(-1)", "bytes([1, 2, 255])", "bytes([256])", "bytes([-1])", "bytes(['a'])", "bytes((1, 2))", "bytes(b'ab')",
  "bytes('abc')", "bytes('abc', 'ascii')", "bytes('é', 'utf-8')", "bytes('é', 'ascii')", "bytes('é', 'ascii', 'ignore')", "bytes(1, 'ascii')",
  "bytes(b'a', 'ascii')", "bytes(errors='strict')", "bytes('a', errors='strict')", "bytes(1.5)", "bytes(bytearray(b'xy'))", "bytes(memoryview(b'xy'))",
  "bytes(iter((1, 2)))", "bytes('a', 1)", "bytearray()", "bytearray(2)", "bytearray([1, 2])", "bytearray([300])", "bytearray('ab')", "bytearray('ab', 'ascii')",
  "bytearray(1.5)", "bytearray(b'abc')", "bytearray(-1)",
  // repr, indexing, slicing
  "b'a\\x00\\xff\\'\"'", "bytearray(b'a\\n')", "b'abc'[1]", "b'abc'[-1]", "b'abc'[3]", "b'abc'[1:]", "b'abc'[::-1]", "b'abcdef'[::2]", "b'abc'['a']",
  "bytearray(b'abc')[1]", "bytearray(b'abc')[5]", "bytearray(b'abc')[0:2]", "bytearray(b'abc')['x']", "len(b'abc')", "len(bytearray(b'ab'))",
  "list(b'abc')", "list(bytearray(b'ab'))", "type(iter(b'')).__name__", "type(iter(bytearray())).__name__",
  // operators
  "b'ab' + b'cd'", "b'ab' + bytearray(b'c')", "bytearray(b'ab') + b'c'", "b'ab' + 'c'", "bytearray(b'a') + 'c'", "b'ab' * 3", "b'ab' * -1",
  "bytearray(b'ab') * 2", "b'b' in b'abc'", "98 in b'abc'", "300 in b'abc'", "'a' in b'abc'", "b'' in b'abc'", "b'ab' == bytearray(b'ab')",
  "bytearray(b'ab') == b'ab'", "b'ab' < b'b'", "b'ab' == 'ab'", "bytearray(b'a') < bytearray(b'b')", "b'a' < 'a'", "b'abc' >= b'ab'",
  // searching
  "b'hello'.find(b'l')", "b'hello'.find(108)", "b'hello'.find(300)", "b'hello'.find('l')", "b'hello'.rfind(b'l')", "b'hello'.index(b'z')",
  "b'hello'.rindex(b'l', 0, 3)", "b'hello'.count(b'l')", "b'hello'.count(108)", "b'hello'.count(b'')", "bytearray(b'hello').find(b'll')",
  "b'hello'.find(b'l', -2)", "b'hello'.find()", "b'hello'.find(b'', 6)",
  // split family
  "b' a  b '.split()", "b'a,b,,c'.split(b',')", "b'a,b,c'.split(b',', 1)", "b'a,b,c'.rsplit(b',', 1)", "b' a b '.rsplit(None, 1)",
  "b'a\\x85b'.split()", "b'a,b'.split(b'')", "b'a,b'.split(',')", "b'a\\nb\\r\\nc\\rd'.splitlines()", "b'a\\nb\\r\\n'.splitlines(True)",
  "b'a\\x0bb'.splitlines()", "b'a-b-c'.partition(b'-')", "b'a-b-c'.rpartition(b'-')", "b'abc'.partition(b'x')", "b'abc'.rpartition(b'x')",
  "bytearray(b'a-b').partition(b'-')", "b'abc'.partition('b')", "bytearray(b'a b').split()",
  // join / replace / strip
  "b','.join([b'a', b'b'])", "b','.join([b'a', bytearray(b'b'), memoryview(b'c')])", "b','.join([b'a', 'b'])", "bytearray(b'-').join([b'a', b'b'])",
  "b'aaa'.replace(b'a', b'b')", "b'aaa'.replace(b'a', b'b', 1)", "b'abc'.replace(b'', b'-')", "b'abc'.replace('a', 'b')", "bytearray(b'aa').replace(b'a', b'c')",
  "b'  hi  '.strip()", "b'xxhixx'.strip(b'x')", "b'  hi'.lstrip()", "b'hi  '.rstrip()", "b'hi'.strip('h')", "b'\\x0bhi\\x1c'.strip()",
  "b'abc'.removeprefix(b'ab')", "b'abc'.removesuffix(b'c')", "bytearray(b'abc').removeprefix(b'x')",
  "b'hello'.startswith(b'he')", "b'hello'.startswith((b'x', b'he'))", "b'hello'.endswith(b'lo', 0, 5)", "b'hello'.startswith('he')",
  "b'hello'.startswith((b'he', 'x'))",
  // case and predicates
  "b'Hello World'.upper()", "b'Hello World'.lower()", "b'Hello'.swapcase()", "b'hello world'.title()", "b'hELLO'.capitalize()", "b'\\xe9a'.upper()",
  "b'abc'.isalpha()", "b''.isalpha()", "b'a1'.isalnum()", "b'12'.isdigit()", "b' \\t'.isspace()", "b'abc'.islower()", "b'ABC'.isupper()",
  "b'Hello World'.istitle()", "b'\\x80'.isascii()", "b''.isascii()", "bytearray(b'abc').isalpha()",
  // padding
  "b'ab'.center(6, b'*')", "b'ab'.center(5)", "b'ab'.ljust(4, b'-')", "b'ab'.rjust(4)", "b'ab'.center(5, '*')", "b'ab'.center(5, b'**')",
  "b'-42'.zfill(6)", "b'a\\tb'.expandtabs()", "b'a\\tb'.expandtabs(4)", "bytearray(b'ab').center(4)",
  // hex / fromhex / translate / decode
  "b'\\x01\\xab\\xff'.hex()", "b'\\x01\\xab\\xff'.hex(':')", "b'\\x01\\xab\\xff\\x00'.hex(':', 2)", "b'\\x01\\xab\\xff\\x00\\x01'.hex('-', -2)",
  "b'\\x01\\x02'.hex(b'|')", "b'\\x01'.hex('::')", "b'\\x01'.hex('é')", "bytes.fromhex('01 ab ff')", "bytes.fromhex('0g')", "bytes.fromhex('abc')",
  "bytearray.fromhex('ab cd')", "bytes.fromhex(1)", "bytearray(b'\\x01').hex()", "memoryview(b'\\xab\\xcd').hex()",
  "b'abc'.translate(None, b'b')", "b'abc'.translate(bytes.maketrans(b'ab', b'xy'))", "b'abc'.translate(b'x')", "bytes.maketrans(b'a', b'xy')",
  "b'abc'.translate(None, delete=b'a')",
  "b'h\\xc3\\xa9'.decode()", "b'h\\xc3\\xa9'.decode('latin-1')", "b'\\xff'.decode()", "b'\\xff'.decode('utf-8', 'replace')", "b'\\xff'.decode('utf-8', 'ignore')",
  "b'\\xff'.decode('utf-8', 'backslashreplace')", "b'\\xff'.decode('utf-8', 'surrogateescape')", "b'\\xe2\\x82'.decode()", "b'\\xe2\\x28\\xa1'.decode()",
  "b'\\xf0\\x90\\x28'.decode()", "b'\\xed\\xa0\\x80'.decode()", "b'\\xed\\xa0\\x80'.decode('utf-8', 'surrogatepass')", "b'\\xc0\\x80'.decode()",
  "b'a\\xe2\\x82b'.decode('utf-8', 'replace')", "b'\\xff'.decode('ascii')", "b'ab\\xff\\xfe'.decode('ascii', 'replace')", "b'\\xff\\xfeh\\x00'.decode('utf-16')",
  "b'\\x00h'.decode('utf-16-be')", "b'h\\x00i'.decode('utf-16-le')", "b'\\x00\\xd8'.decode('utf-16-le')", "b'\\x00\\xdc\\x00\\x00'.decode('utf-16-le')",
  "b'\\x00\\xd8a\\x00'.decode('utf-16-le')", "b'h\\x00\\x00\\x00'.decode('utf-32-le')", "b'\\x00\\x00\\x11\\x00'.decode('utf-32-le')", "b'abc'.decode('utf-32')", "b'\\x00\\x00\\xfe\\xff\\x00'.decode('utf-32')", "b'\\xfe\\xff\\x00'.decode('utf-16')", "b'\\xfe\\xff\\x00a\\xd8\\x00'.decode('utf-16')",
  "b'x'.decode('bogus')", "b'\\xff'.decode('utf-8', 'bogus')", "b'x'.decode('utf-8', 'bogus')", "bytearray(b'\\xc3\\xa9').decode()",
  "b'\\xef\\xbb\\xbfx'.decode('utf-8-sig')", "b'\\xf4\\x90\\x80\\x80'.decode()", "b'\\x80abc'.decode('utf-8', 'replace')",
  // % formatting
  "b'%s' % b'x'", "b'%s' % 'x'", "b'%b' % bytearray(b'y')", "b'%d' % 5", "b'%5.1f|' % 2.25", "b'%x' % 255", "b'%c' % 65", "b'%c' % b'A'",
  "b'%c' % 256", "b'%c' % 'a'", "b'%r' % 'é'", "b'%a' % b'x'", "b'%(k)s' % {b'k': b'v'}", "b'%s %s' % (b'a',)", "b'a' % 1", "bytearray(b'%d') % 3",
  "b'%y' % 1", "b'%s' % memoryview(b'mv')",
];

// Mutating cases need statements; they are written as calls whose result shows the mutation.
export const BYTEARRAY_MUTATION_CASES: string[] = [
  "[b := bytearray(b'abc'), b.append(100), b][2]", "[b := bytearray(b'abc'), b.append(256)][1]", "[b := bytearray(b'abc'), b.append('x')][1]",
  "[b := bytearray(b'abc'), b.extend(b'de'), b][2]", "[b := bytearray(b'abc'), b.extend([1, 2]), b][2]", "[b := bytearray(b'abc'), b.extend('de')][1]",
  "[b := bytearray(b'abc'), b.extend(5)][1]", "[b := bytearray(b'abc'), b.insert(1, 120), b][2]", "[b := bytearray(b'abc'), b.insert(-10, 120), b][2]",
  "[b := bytearray(b'abc'), b.pop(), b][1:]", "[b := bytearray(b'abc'), b.pop(0), b][1:]", "[b := bytearray(), b.pop()][1]", "[b := bytearray(b'a'), b.pop(5)][1]",
  "[b := bytearray(b'abc'), b.remove(98), b][2]", "[b := bytearray(b'abc'), b.remove(120)][1]", "[b := bytearray(b'abc'), b.reverse(), b][2]",
  "[b := bytearray(b'abc'), b.clear(), b][2]", "[b := bytearray(b'abc'), b.copy()][1]",
  "[b := bytearray(b'abc'), b.__setitem__(0, 120), b][2]", "[b := bytearray(b'abc'), b.__setitem__(0, 256)][1]", "[b := bytearray(b'abc'), b.__setitem__(5, 1)][1]",
  "[b := bytearray(b'abcdef'), b.__setitem__(slice(1, 3), b'XYZ'), b][2]", "[b := bytearray(b'abcdef'), b.__setitem__(slice(None, None, 2), b'XYZ'), b][2]",
  "[b := bytearray(b'abcdef'), b.__setitem__(slice(None, None, 2), b'XY')][1]", "[b := bytearray(b'abcdef'), b.__setitem__(slice(1, 2), 5)][1]",
  "[b := bytearray(b'abcdef'), b.__setitem__(slice(1, 2), [65, 66]), b][2]", "[b := bytearray(b'abcdef'), b.__delitem__(slice(None, None, 2)), b][2]",
  "[b := bytearray(b'abcdef'), b.__delitem__(0), b][2]", "[b := bytearray(b'abcdef'), b.__delitem__(slice(1, 4)), b][2]",
  "[b := bytearray(b'ab'), b.__iadd__(b'cd'), b][2]", "[b := bytearray(b'ab'), b.__imul__(3), b][2]", "[b := bytearray(b'ab'), b.__iadd__('x')][1]",
  "[b := bytearray(b'abc'), b.__setitem__(slice(5, 1), b'Z'), b][2]",
  // memoryview
  "[m := memoryview(b'abc'), m[0], m[-1], m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides][1:]",
  "[m := memoryview(b'abcdef'), m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tolist(), len(m[::2]), m[::2].strides][1:]",
  "[m := memoryview(b'abc'), m.tolist(), bytes(m), m == b'abc', m == bytearray(b'abc'), m == 'abc', m[1:] == b'bc'][1:]",
  "[m := memoryview(b'abc'), m.release(), repr(m)[:16]][1:]", "[m := memoryview(b'abc'), m.release(), m[0]][1:]", "[m := memoryview(b'abc'), m.release(), len(m)][1:]",
  "[m := memoryview(b'abc'), m.__setitem__(0, 1)][1:]", "[m := memoryview(b'abc'), m[3]][1:]", "[m := memoryview(b'abc'), m['x']][1:]",
  "[b := bytearray(b'abc'), m := memoryview(b), m.__setitem__(0, 120), m.__setitem__(slice(1, 3), b'YZ'), b, m.readonly][2:]",
  "[b := bytearray(b'abc'), m := memoryview(b), m.__setitem__(0, 256)][2:]", "[b := bytearray(b'abc'), m := memoryview(b), m.__setitem__(slice(0, 2), b'x')][2:]",
  "[b := bytearray(b'abc'), m := memoryview(b), hash(m)][2:]", "memoryview(1)", "memoryview('abc')", "list(memoryview(b'xy'))", "type(iter(memoryview(b''))).__name__",
  "[m := memoryview(bytearray(b'abcdef'))[::2], m.__setitem__(1, 90), m.obj][1:]", "memoryview(memoryview(b'ab')).tobytes()", "memoryview(b'ab').toreadonly().readonly",
  "memoryview(bytearray(b'ab')).tobytes(order='X')", "bytearray(b'a\\xff').__reduce__()", "bytearray(b'a\\xff').__reduce_ex__(2)",
  "bytearray(b'a\\xff').__reduce_ex__(4)", "bytearray().__reduce_ex__(4)",
  "memoryview(b'a\\xff').cast('b').tolist()", "memoryview(b'a\\xff').cast('c').tolist()", "memoryview(b'a\\x00').cast('?').tolist()", "memoryview(b'ab').cast('@B').format",
  "memoryview(b'a\\xff').cast('b')[1]", "memoryview(b'ab').cast('x')", "memoryview(b'ab').cast(1)", "memoryview(b'abcd')[::2].cast('B')", "list(memoryview(b'\\xff').cast('b'))",
  "[b := bytearray(b'ab'), m := memoryview(b).cast('c'), m.__setitem__(0, b'z'), b][3]", "[b := bytearray(b'ab'), m := memoryview(b).cast('c'), m.__setitem__(0, 1)][2:]",
  "[b := bytearray(b'ab'), m := memoryview(b).cast('b'), m.__setitem__(0, -1), b][3]", "[b := bytearray(b'ab'), m := memoryview(b).cast('b'), m.__setitem__(0, 200)][2:]",
  "memoryview(b'ab').cast('c').cast('b').format", "memoryview(b'ab').cast('@b').tolist()",
];

test("bytes and bytearray behave as CPython's (live)", () => {
  expect(liveMismatches(BYTES_CASES)).toEqual([]);
});

test("bytearray mutation and memoryview behave as CPython's (live)", () => {
  expect(liveMismatches(BYTEARRAY_MUTATION_CASES)).toEqual([]);
});
