// The code object as data (CPython's Objects/codeobject.c, PyCodeObject of 3.11): what the compiler
// produces and the evaluation loop runs. Plain fields named after the co_* attributes; the
// location table and exception table decoders follow Objects/codeobject.c and
// Objects/locations.md of 3.11.

// co_flags bits (Include/cpython/code.h).
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
// __future__ flags that the compiler records in co_flags.
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

// Kinds of the "localsplus" slots (Include/internal/pycore_code.h).
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** A (line, end line, column, end column) quadruple; null where unknown. */
export type Position = [number | null, number | null, number | null, number | null];

/** One entry of the exception table. Offsets in code units (2 bytes each). */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** A constant of co_consts. Until the runtime values land, these are the compiler's front-end
 *  constant values (see src/Python/constants.ts); nested code objects are CodeObjects. */
export type CodeConst = unknown;

export class CodeObject {
  co_argcount = 0;
  co_posonlyargcount = 0;
  co_kwonlyargcount = 0;
  co_stacksize = 0;
  co_flags = 0;
  /** 16-bit code units as bytes (opcode, oparg), CACHE entries zeroed. */
  co_code: Uint8Array = new Uint8Array(0);
  co_consts: CodeConst[] = [];
  co_names: string[] = [];
  /** Names of every local slot: fast locals, then cells that are not arguments, then free variables. */
  co_localsplusnames: string[] = [];
  /** CO_FAST_* kinds of each slot (a cell that is also an argument is LOCAL|CELL). */
  co_localspluskinds: Uint8Array = new Uint8Array(0);
  co_filename = "";
  co_name = "";
  co_qualname = "";
  co_firstlineno = 1;
  co_linetable: Uint8Array = new Uint8Array(0);
  co_exceptiontable: Uint8Array = new Uint8Array(0);

  private kindNames(mask: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.co_localsplusnames.length; i++) if (this.co_localspluskinds[i] & mask) out.push(this.co_localsplusnames[i]);
    return out;
  }
  get co_varnames(): string[] {
    return this.kindNames(CO_FAST_LOCAL);
  }
  get co_cellvars(): string[] {
    return this.kindNames(CO_FAST_CELL);
  }
  get co_freevars(): string[] {
    return this.kindNames(CO_FAST_FREE);
  }
  get co_nlocals(): number {
    return this.co_varnames.length;
  }
  get co_nlocalsplus(): number {
    return this.co_localsplusnames.length;
  }

  /** The location of each code unit: [line, endline, col, endcol] (code.co_positions()). */
  co_positions(): Position[] {
    const out: Position[] = [];
    for (const e of decodeLocations(this.co_linetable, this.co_firstlineno)) {
      for (let i = 0; i < e.length; i++) out.push([e.line, e.endLine, e.col, e.endCol]);
    }
    return out;
  }

  /** (start, end, line) byte ranges (code.co_lines()): one per entry of the location table. */
  co_lines(): [number, number, number | null][] {
    const out: [number, number, number | null][] = [];
    let pc = 0;
    for (const e of decodeLocations(this.co_linetable, this.co_firstlineno)) {
      out.push([pc, pc + e.length * 2, e.line]);
      pc += e.length * 2;
    }
    return out;
  }

  /** The decoded exception table (dis's _parse_exception_table). */
  exceptionTable(): ExceptionTableEntry[] {
    return parseExceptionTable(this.co_exceptiontable);
  }

  /** The line of the instruction at byte offset `lasti` (PyCode_Addr2Line). */
  addr2line(lasti: number): number | null {
    if (lasti < 0) return this.co_firstlineno;
    let pc = 0;
    for (const e of decodeLocations(this.co_linetable, this.co_firstlineno)) {
      pc += e.length * 2;
      if (lasti < pc) return e.line;
    }
    return null;
  }
}

export interface LocationEntry {
  length: number; // in code units
  line: number | null;
  endLine: number | null;
  col: number | null;
  endCol: number | null;
}

/** Decodes co_linetable (3.11 format, Objects/locations.md). */
export function* decodeLocations(table: Uint8Array, firstlineno: number): Generator<LocationEntry> {
  let i = 0;
  let line = firstlineno;
  const varint = (): number => {
    let b = table[i++];
    let v = b & 63;
    let shift = 0;
    while (b & 64) {
      b = table[i++];
      shift += 6;
      v |= (b & 63) << shift;
    }
    return v;
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >> 1) : v >> 1;
  };
  while (i < table.length) {
    const first = table[i++];
    const code = (first >> 3) & 15;
    const length = (first & 7) + 1;
    if (code === 15) {
      yield { length, line: null, endLine: null, col: null, endCol: null };
    } else if (code === 14) {
      line += svarint();
      const endLine = line + varint();
      const col = varint() - 1;
      const endCol = varint() - 1;
      yield { length, line, endLine, col: col < 0 ? null : col, endCol: endCol < 0 ? null : endCol };
    } else if (code === 13) {
      line += svarint();
      yield { length, line, endLine: line, col: null, endCol: null };
    } else if (code >= 10) {
      line += code - 10;
      const col = table[i++];
      const endCol = table[i++];
      yield { length, line, endLine: line, col, endCol };
    } else {
      const second = table[i++];
      const col = code * 8 + (second >> 4);
      yield { length, line, endLine: line, col, endCol: col + (second & 15) };
    }
  }
}

/** Decodes co_exceptiontable (varints of 6 bits, most significant first, 0x40 = more). */
export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let i = 0;
  const varint = (): number => {
    let b = table[i++];
    let v = b & 63;
    while (b & 64) {
      b = table[i++];
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (i < table.length) {
    const start = varint();
    const size = varint();
    const target = varint();
    const dl = varint();
    out.push({ start, end: start + size, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}
