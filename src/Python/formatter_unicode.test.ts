// format(), str.format, f-strings and %-formatting of str, compared live with the reference
// CPython (one launch for the table).
import { liveMismatches } from "../Objects/stringlib/livecompare";

export const FORMAT_CASES: string[] = [
  // str
  "format('abc', '')", "format('abc', '5')", "format('abc', '>5')", "format('abc', '^6')", "format('abc', '*^7')", "format('abc', '.2')",
  "format('abc', '<5.1')", "format('abc', 's')", "format('abc', 'd')", "format('abc', '+')", "format('abc', ' ')", "format('abc', '#')",
  "format('abc', '=5')", "format('abc', 'z')", "format('abc', ',')", "format('abc', '_')", "format('abc', '05')", "format('abc', 'xx')",
  "format('abc', '\\U0001F600^7')", "format('\\U0001F600ab', '.2')", "format('abc', '.')", "format('abc', '9'*30)",
  // int
  "format(42, '')", "format(42, 'd')", "format(42, '5')", "format(42, '<5')", "format(42, '^5')", "format(-42, '=6')", "format(-42, '06')",
  "format(42, '+')", "format(42, ' ')", "format(-42, ' ')", "format(42, 'b')", "format(42, '#b')", "format(42, 'o')", "format(42, '#o')",
  "format(255, 'x')", "format(255, '#X')", "format(-255, '#x')", "format(1234567, ',')", "format(1234567, '_')", "format(-1234567, '012,')",
  "format(1234, '010,')", "format(255, '_x')", "format(2**40, '_b')", "format(255, ',x')", "format(65, 'c')", "format(65, '+c')", "format(65, '#c')",
  "format(-1, 'c')", "format(0x110000, 'c')", "format(42, '.2')", "format(42, 'z')", "format(42, 's')", "format(42, 'e')", "format(42, '.3f')",
  "format(42, '%')", "format(42, 'g')", "format(2**100, ',')", "format(-2**100, 'x')", "format(True, '')", "format(True, 'd')", "format(42, 'n')",
  "format(42, ',_')", "format(42, '_,')", "format(10**30, 'e')", "format(42, '#')", "format(42, '0=+8')", "format(42, 'x<+#8x')",
  "format(42, '\\x00')", "format(42, 'é')", "format(1, 'abc')",
  // float
  "format(1.5, '')", "format(1.0, '')", "format(1e20, '')", "format(1.5, '.3')", "format(1.0, '.3')", "format(1e-7, '')", "format(3.14159, '.2f')",
  "format(3.14159, '10.3f')", "format(-3.14159, '010.3f')", "format(3.14159, '+.1e')", "format(1234567.891, ',.2f')", "format(1234567.891, '_.1f')",
  "format(0.25, '%')", "format(0.25, '.1%')", "format(1.5, 'g')", "format(1e10, 'g')", "format(1e16, '.3g')", "format(1.5, '#g')", "format(1.0, '#.0f')",
  "format(float('inf'), '')", "format(float('-inf'), '10')", "format(float('nan'), '+')", "format(float('inf'), '010')", "format(-0.0, 'z.1f')",
  "format(-0.0001, 'z.2f')", "format(-0.0, '')", "format(1.5, 'd')", "format(1.5, 'x')", "format(1.5, ',d')", "format(1.5, 'E')", "format(1e300, 'F')",
  "format(12345.6789, 'n')", "format(1.5, '^10.2f')", "format(1.5, '*<10')", "format(1234.5, '012,.1f')", "format(2.5, '.0f')", "format(3.5, '.0f')",
  // str.format
  "'{} {}'.format(1, 2)", "'{1} {0}'.format(1, 2)", "'{a}-{b}'.format(a=1, b='x')", "'{0[1]}'.format((5, 6))", "'{0[a]}'.format({'a': 3})",
  "'{0.real}'.format(3)", "'{!r}'.format('x')", "'{!s:>4}'.format(1)", "'{!a}'.format('é')", "'{:{w}}'.format(1, w=5)", "'{:{}}'.format(1, 4)",
  "'{{}}'.format()", "'{'.format()", "'}'.format()", "'{0'.format(1)", "'{} {0}'.format(1)", "'{0} {}'.format(1)", "'{2}'.format(1)",
  "'{x}'.format(1)", "'{!x}'.format(1)", "'{!}'.format(1)", "'{0!r:}'.format(1)", "'{0!rr}'.format(1)", "'{0[}'.format(1)", "'{0.}'.format(1)",
  "'{0[0]x}'.format((1,))", "'{:{:{}}}'.format(1, 2, 3)", "'{a.b}'.format(a=1)", "'{0:}'.format(1.5)", "'{}'.format(b'x')", "'{:5}'.format(b'x')",
  "'{a}'.format_map({'a': 1})", "'{}'.format_map({'a': 1})", "'{0[ 1]}'.format({' 1': 2})", "'{:>{}.{}}'.format('abcdef', 8, 3)",
  // f-strings
  "f'{1+1}'", "f'{\"a\"!r:>5}'", "f'{3.14159:.2f}'", "f'{42:#x}'", "f'{\"x\":{\"^\"}{5}}'", "f'{10**20:,}'", "f'{\"é\"!a}'",
  // % formatting
  "'%s' % 1", "'%s %s' % (1, 'a')", "'%r' % 'a'", "'%a' % 'é'", "'%d' % 3.7", "'%i' % -3", "'%5d|' % 42", "'%-5d|' % 42", "'%05d' % -42",
  "'%+d' % 5", "'% d' % 5", "'%x' % 255", "'%#x' % 255", "'%#X' % 255", "'%#o' % 8", "'%o' % -8", "'%.3d' % 5", "'%5.3d' % 5", "'%05.3d' % 5",
  "'%f' % 1.5", "'%.2f' % 2.675", "'%e' % 12345.678", "'%g' % 0.00001234", "'%G' % 1e20", "'%10.3f|' % 3.14159", "'%-10.3f|' % 3.14159",
  "'%+.1f' % 2.25", "'%010.2f' % -3.5", "'%#.0f' % 2", "'%f' % float('inf')", "'%010f' % float('inf')", "'%c' % 65", "'%c' % 'x'", "'%c' % 'xy'",
  "'%c' % -1", "'%c' % 1.5", "'%s' % (1, 2)", "'%s %s' % (1,)", "'%d' % 'x'", "'%x' % 1.5", "'%y' % 1", "'%' % 1", "'%(a)s' % {'a': 1}",
  "'%(a)s %(b)d' % {'a': 'x', 'b': 2}", "'%(a)s' % 1", "'%(a' % {'a': 1}", "'%*d' % (5, 1)", "'%-*d|' % (5, 1)", "'%.*f' % (2, 1.23456)",
  "'%*d' % ('x', 1)", "'%s' % ()", "'%%' % ()", "'%s%%' % 1", "'%.2s' % 'abc'", "'%5s|' % 'ab'", "'%-5s|' % 'ab'", "'%s' % ((1,),)", "'x%%' % {'a': 1}",
  "'a' % ()", "'a' % 1", "'a' % {'x': 1}", "'%d %s' % (1, 2, 3)", "'%ld' % 5", "'%s' % b'x'", "'%5c|' % 'x'", "'%x' % 2**70", "'%d' % True",
  "'%(x)s %s' % {'x': 1}", "'%s' % 'é'", "'%5s|' % '\\U0001F600'", "'%.1s' % '\\U0001F600a'", "'%\\U0001F600' % 1",
];

test("format / str.format / f-strings / % behave as CPython's (live)", () => {
  expect(liveMismatches(FORMAT_CASES)).toEqual([]);
});
