// Character-type predicates and case mappings over one code point, as CPython's
// Objects/unicodectype.c gives them, read from the generated tables of unicodetype_db.ts
// (Unicode 14.0, the reference CPython's version — not Node's ICU, which is newer).
//
// NFKC: identifiers are normalized with Node's String.prototype.normalize("NFKC"). That is
// exact for every code point assigned in Unicode 14.0 (Unicode's normalization stability policy
// fixes the decomposition of an assigned character forever); code points unassigned in 14.0 are
// neither XID_Start nor XID_Continue here, so an identifier holding one is rejected before its
// normalization could matter.
import {
  CTypeFlag,
  RECORD_SIZE,
  SHIFT,
  extendedCase,
  index1,
  index2,
  numericValues,
  records,
} from "./unicodetype_db";

const MASK = (1 << SHIFT) - 1;

/** Index of the record for code point `cp` in `records` (times RECORD_SIZE); follows gettyperecord. */
function gettyperecord(cp: number): number {
  if (cp < 0 || cp > 0x10ffff) return 0;
  return index2[(index1[cp >> SHIFT] << SHIFT) + (cp & MASK)] * RECORD_SIZE;
}

function flags(cp: number): number {
  return records[gettyperecord(cp)];
}

// ASCII fast tables (the tokenizer and str methods hit these most).
const asciiFlags = new Int32Array(128);
for (let i = 0; i < 128; i++) asciiFlags[i] = records[gettyperecord(i)];

function fl(cp: number): number {
  return cp < 128 ? asciiFlags[cp] : flags(cp);
}

/** _PyUnicode_IsXidStart */
export function _PyUnicode_IsXidStart(cp: number): boolean {
  return (fl(cp) & CTypeFlag.XID_START) !== 0;
}
/** _PyUnicode_IsXidContinue */
export function _PyUnicode_IsXidContinue(cp: number): boolean {
  return (fl(cp) & CTypeFlag.XID_CONTINUE) !== 0;
}
/** _PyUnicode_IsPrintable: str.isprintable() of one character. */
export function _PyUnicode_IsPrintable(cp: number): boolean {
  return (fl(cp) & CTypeFlag.PRINTABLE) !== 0;
}
/** _PyUnicode_IsAlpha */
export function _PyUnicode_IsAlpha(cp: number): boolean {
  return (fl(cp) & CTypeFlag.ALPHA) !== 0;
}
/** _PyUnicode_IsDecimalDigit */
export function _PyUnicode_IsDecimalDigit(cp: number): boolean {
  return (fl(cp) & CTypeFlag.DECIMAL) !== 0;
}
/** _PyUnicode_IsDigit */
export function _PyUnicode_IsDigit(cp: number): boolean {
  return (fl(cp) & CTypeFlag.DIGIT) !== 0;
}
/** _PyUnicode_IsNumeric */
export function _PyUnicode_IsNumeric(cp: number): boolean {
  return (fl(cp) & CTypeFlag.NUMERIC) !== 0;
}
/** _PyUnicode_IsWhitespace (str.isspace of one character). */
export function _PyUnicode_IsWhitespace(cp: number): boolean {
  return (fl(cp) & CTypeFlag.SPACE) !== 0;
}
/** _PyUnicode_IsLinebreak (what str.splitlines splits on). */
export function _PyUnicode_IsLinebreak(cp: number): boolean {
  return (fl(cp) & CTypeFlag.LINEBREAK) !== 0;
}
/** _PyUnicode_IsLowercase */
export function _PyUnicode_IsLowercase(cp: number): boolean {
  return (fl(cp) & CTypeFlag.LOWER) !== 0;
}
/** _PyUnicode_IsUppercase */
export function _PyUnicode_IsUppercase(cp: number): boolean {
  return (fl(cp) & CTypeFlag.UPPER) !== 0;
}
/** _PyUnicode_IsTitlecase */
export function _PyUnicode_IsTitlecase(cp: number): boolean {
  return (fl(cp) & CTypeFlag.TITLE) !== 0;
}
/** _PyUnicode_IsCased */
export function _PyUnicode_IsCased(cp: number): boolean {
  return (fl(cp) & CTypeFlag.CASED) !== 0;
}
/** _PyUnicode_IsCaseIgnorable */
export function _PyUnicode_IsCaseIgnorable(cp: number): boolean {
  return (fl(cp) & CTypeFlag.CASE_IGNORABLE) !== 0;
}

/** _PyUnicode_ToDecimalDigit: the decimal value, or -1. */
export function _PyUnicode_ToDecimalDigit(cp: number): number {
  return records[gettyperecord(cp) + 5];
}
/** _PyUnicode_ToDigit: the digit value, or -1. */
export function _PyUnicode_ToDigit(cp: number): number {
  return records[gettyperecord(cp) + 6];
}
/** _PyUnicode_ToNumeric: the numeric value, or -1.0 when there is none. */
export function _PyUnicode_ToNumeric(cp: number): number {
  const i = records[gettyperecord(cp) + 7];
  return i < 0 ? -1.0 : numericValues[i];
}

// field: 1 lower, 2 upper, 3 title, 4 fold.
function fullMapping(cp: number, field: number): string {
  const r = gettyperecord(cp);
  const f = records[r];
  if (f & CTypeFlag.EXTENDED_CASE) return extendedCase[records[r + field]];
  const delta = field === 4 ? records[r + 1] : records[r + field];
  return String.fromCodePoint(cp + delta);
}

/** _PyUnicode_ToLowerFull: the full lowercase mapping (one to three characters). */
export function _PyUnicode_ToLowerFull(cp: number): string {
  return fullMapping(cp, 1);
}
/** _PyUnicode_ToUpperFull */
export function _PyUnicode_ToUpperFull(cp: number): string {
  return fullMapping(cp, 2);
}
/** _PyUnicode_ToTitleFull */
export function _PyUnicode_ToTitleFull(cp: number): string {
  return fullMapping(cp, 3);
}
/** _PyUnicode_ToFoldedFull (str.casefold) */
export function _PyUnicode_ToFoldedFull(cp: number): string {
  return fullMapping(cp, 4);
}

/** Whether `s` (already NFKC-normalized) is an identifier by PEP 3131; follows _PyUnicode_ScanIdentifier.
 *  Returns the index (in code points) of the first character that is not allowed, or the length. */
export function _PyUnicode_ScanIdentifier(s: string): number {
  let i = 0;
  let n = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const ok = n === 0 ? _PyUnicode_IsXidStart(cp) || cp === 0x5f : _PyUnicode_IsXidContinue(cp);
    if (!ok) return n;
    i += cp > 0xffff ? 2 : 1;
    n++;
  }
  return n;
}

/** _PyUnicode_ToLowercase: the one-character lowercase mapping (the first of the full mapping, as CPython stores it). */
export function _PyUnicode_ToLowercase(cp: number): number {
  return fullMapping(cp, 1).codePointAt(0)!;
}
/** _PyUnicode_ToUppercase */
export function _PyUnicode_ToUppercase(cp: number): number {
  return fullMapping(cp, 2).codePointAt(0)!;
}
/** _PyUnicode_ToTitlecase */
export function _PyUnicode_ToTitlecase(cp: number): number {
  return fullMapping(cp, 3).codePointAt(0)!;
}
