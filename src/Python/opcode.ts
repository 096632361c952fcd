// The instruction set of CPython 3.11, as one table: per opcode its argument kind, its stack effect
// (taken and not-taken variants for jumps, as compile.c's stack_effect()) and its inline cache
// size. The numbers and names come from the generated opcode_ids.ts; this table drives the
// compiler, the assembler's stack depth computation and the disassembler (dis.ts).
import { Op, opname as realOpname, inlineCacheEntries, HAVE_ARGUMENT } from "./opcode_ids";

export { Op, HAVE_ARGUMENT };

/** Pseudo-instructions that exist only inside the compiler (CPython 3.11 uses negative numbers;
 *  we number them from 256 so that they never clash with real opcodes). */
export const enum Pseudo {
  SETUP_FINALLY = 256,
  SETUP_CLEANUP = 257,
  SETUP_WITH = 258,
  POP_BLOCK = 259,
  JUMP = 260,
  JUMP_NO_INTERRUPT = 261,
  POP_JUMP_IF_FALSE = 262,
  POP_JUMP_IF_TRUE = 263,
  POP_JUMP_IF_NONE = 264,
  POP_JUMP_IF_NOT_NONE = 265,
}

/** How an instruction's argument is to be read. */
export type ArgKind =
  | "none" // no argument
  | "int" // a plain number (counts, flags)
  | "const" // index into co_consts
  | "name" // index into co_names
  | "global" // LOAD_GLOBAL: (index into co_names) << 1 | push-NULL bit
  | "local" // index into co_varnames (fast locals)
  | "free" // index into cells + free variables ("localsplus" past the fast locals)
  | "jump" // a relative jump (forward or backward: see `backward`)
  | "compare" // COMPARE_OP: index into cmp_op
  | "binop" // BINARY_OP: NB_* operator
  | "format" // FORMAT_VALUE flags
  | "makefunction" // MAKE_FUNCTION flags
  | "is" // IS_OP: 0 `is`, 1 `is not`
  | "contains" // CONTAINS_OP: 0 `in`, 1 `not in`
  | "raise"; // RAISE_VARARGS count (no special repr)

export interface OpInfo {
  name: string;
  code: number;
  arg: ArgKind;
  /** Stack effect; `jump` is whether the branch is taken (only jumps and SETUP_* care). */
  effect(oparg: number, jump: boolean): number;
  /** Number of CACHE code units following the instruction. */
  cache: number;
  /** A jump that goes backward (its argument counts code units before the next instruction). */
  backward?: boolean;
  /** Unconditional transfer: the next instruction is not reached from this one. */
  noFallthrough?: boolean;
}

const fixed = (n: number) => () => n;
const jumpEffect = (taken: number, notTaken: number) => (_: number, jump: boolean) => (jump ? taken : notTaken);

// [name, code, argument kind, stack effect, flags]
type Row = [string, number, ArgKind, (oparg: number, jump: boolean) => number, { backward?: boolean; noFallthrough?: boolean }?];

const rows: Row[] = [
  ["CACHE", Op.CACHE, "none", fixed(0)],
  ["POP_TOP", Op.POP_TOP, "none", fixed(-1)],
  ["PUSH_NULL", Op.PUSH_NULL, "none", fixed(1)],
  ["NOP", Op.NOP, "none", fixed(0)],
  ["UNARY_POSITIVE", Op.UNARY_POSITIVE, "none", fixed(0)],
  ["UNARY_NEGATIVE", Op.UNARY_NEGATIVE, "none", fixed(0)],
  ["UNARY_NOT", Op.UNARY_NOT, "none", fixed(0)],
  ["UNARY_INVERT", Op.UNARY_INVERT, "none", fixed(0)],
  ["BINARY_SUBSCR", Op.BINARY_SUBSCR, "none", fixed(-1)],
  ["GET_LEN", Op.GET_LEN, "none", fixed(1)],
  ["MATCH_MAPPING", Op.MATCH_MAPPING, "none", fixed(1)],
  ["MATCH_SEQUENCE", Op.MATCH_SEQUENCE, "none", fixed(1)],
  ["MATCH_KEYS", Op.MATCH_KEYS, "none", fixed(1)],
  ["PUSH_EXC_INFO", Op.PUSH_EXC_INFO, "none", fixed(1)],
  ["CHECK_EXC_MATCH", Op.CHECK_EXC_MATCH, "none", fixed(0)],
  ["CHECK_EG_MATCH", Op.CHECK_EG_MATCH, "none", fixed(0)],
  ["WITH_EXCEPT_START", Op.WITH_EXCEPT_START, "none", fixed(1)],
  ["GET_AITER", Op.GET_AITER, "none", fixed(0)],
  ["GET_ANEXT", Op.GET_ANEXT, "none", fixed(1)],
  ["BEFORE_ASYNC_WITH", Op.BEFORE_ASYNC_WITH, "none", fixed(1)],
  ["BEFORE_WITH", Op.BEFORE_WITH, "none", fixed(1)],
  ["END_ASYNC_FOR", Op.END_ASYNC_FOR, "none", fixed(-2)],
  ["STORE_SUBSCR", Op.STORE_SUBSCR, "none", fixed(-3)],
  ["DELETE_SUBSCR", Op.DELETE_SUBSCR, "none", fixed(-2)],
  ["GET_ITER", Op.GET_ITER, "none", fixed(0)],
  ["GET_YIELD_FROM_ITER", Op.GET_YIELD_FROM_ITER, "none", fixed(0)],
  ["PRINT_EXPR", Op.PRINT_EXPR, "none", fixed(-1)],
  ["LOAD_BUILD_CLASS", Op.LOAD_BUILD_CLASS, "none", fixed(1)],
  ["LOAD_ASSERTION_ERROR", Op.LOAD_ASSERTION_ERROR, "none", fixed(1)],
  ["RETURN_GENERATOR", Op.RETURN_GENERATOR, "none", fixed(0)],
  ["LIST_TO_TUPLE", Op.LIST_TO_TUPLE, "none", fixed(0)],
  ["RETURN_VALUE", Op.RETURN_VALUE, "none", fixed(-1), { noFallthrough: true }],
  ["IMPORT_STAR", Op.IMPORT_STAR, "none", fixed(-1)],
  ["SETUP_ANNOTATIONS", Op.SETUP_ANNOTATIONS, "none", fixed(0)],
  ["YIELD_VALUE", Op.YIELD_VALUE, "none", fixed(0)],
  ["ASYNC_GEN_WRAP", Op.ASYNC_GEN_WRAP, "none", fixed(0)],
  ["PREP_RERAISE_STAR", Op.PREP_RERAISE_STAR, "none", fixed(-1)],
  ["POP_EXCEPT", Op.POP_EXCEPT, "none", fixed(-1)],
  ["STORE_NAME", Op.STORE_NAME, "name", fixed(-1)],
  ["DELETE_NAME", Op.DELETE_NAME, "name", fixed(0)],
  ["UNPACK_SEQUENCE", Op.UNPACK_SEQUENCE, "int", (n) => n - 1],
  ["FOR_ITER", Op.FOR_ITER, "jump", jumpEffect(-1, 1)],
  ["UNPACK_EX", Op.UNPACK_EX, "int", (n) => (n & 0xff) + (n >> 8)],
  ["STORE_ATTR", Op.STORE_ATTR, "name", fixed(-2)],
  ["DELETE_ATTR", Op.DELETE_ATTR, "name", fixed(-1)],
  ["STORE_GLOBAL", Op.STORE_GLOBAL, "name", fixed(-1)],
  ["DELETE_GLOBAL", Op.DELETE_GLOBAL, "name", fixed(0)],
  ["SWAP", Op.SWAP, "int", fixed(0)],
  ["LOAD_CONST", Op.LOAD_CONST, "const", fixed(1)],
  ["LOAD_NAME", Op.LOAD_NAME, "name", fixed(1)],
  ["BUILD_TUPLE", Op.BUILD_TUPLE, "int", (n) => 1 - n],
  ["BUILD_LIST", Op.BUILD_LIST, "int", (n) => 1 - n],
  ["BUILD_SET", Op.BUILD_SET, "int", (n) => 1 - n],
  ["BUILD_MAP", Op.BUILD_MAP, "int", (n) => 1 - 2 * n],
  ["LOAD_ATTR", Op.LOAD_ATTR, "name", fixed(0)],
  ["COMPARE_OP", Op.COMPARE_OP, "compare", fixed(-1)],
  ["IMPORT_NAME", Op.IMPORT_NAME, "name", fixed(-1)],
  ["IMPORT_FROM", Op.IMPORT_FROM, "name", fixed(1)],
  ["JUMP_FORWARD", Op.JUMP_FORWARD, "jump", fixed(0), { noFallthrough: true }],
  ["JUMP_IF_FALSE_OR_POP", Op.JUMP_IF_FALSE_OR_POP, "jump", jumpEffect(0, -1)],
  ["JUMP_IF_TRUE_OR_POP", Op.JUMP_IF_TRUE_OR_POP, "jump", jumpEffect(0, -1)],
  ["POP_JUMP_FORWARD_IF_FALSE", Op.POP_JUMP_FORWARD_IF_FALSE, "jump", fixed(-1)],
  ["POP_JUMP_FORWARD_IF_TRUE", Op.POP_JUMP_FORWARD_IF_TRUE, "jump", fixed(-1)],
  ["LOAD_GLOBAL", Op.LOAD_GLOBAL, "global", (n) => (n & 1) + 1],
  ["IS_OP", Op.IS_OP, "is", fixed(-1)],
  ["CONTAINS_OP", Op.CONTAINS_OP, "contains", fixed(-1)],
  ["RERAISE", Op.RERAISE, "int", fixed(-1), { noFallthrough: true }],
  ["COPY", Op.COPY, "int", fixed(1)],
  ["BINARY_OP", Op.BINARY_OP, "binop", fixed(-1)],
  ["SEND", Op.SEND, "jump", jumpEffect(-1, 0)],
  ["LOAD_FAST", Op.LOAD_FAST, "local", fixed(1)],
  ["STORE_FAST", Op.STORE_FAST, "local", fixed(-1)],
  ["DELETE_FAST", Op.DELETE_FAST, "local", fixed(0)],
  ["POP_JUMP_FORWARD_IF_NOT_NONE", Op.POP_JUMP_FORWARD_IF_NOT_NONE, "jump", fixed(-1)],
  ["POP_JUMP_FORWARD_IF_NONE", Op.POP_JUMP_FORWARD_IF_NONE, "jump", fixed(-1)],
  ["RAISE_VARARGS", Op.RAISE_VARARGS, "raise", (n) => -n, { noFallthrough: true }],
  ["GET_AWAITABLE", Op.GET_AWAITABLE, "int", fixed(0)],
  ["MAKE_FUNCTION", Op.MAKE_FUNCTION, "makefunction", (n) => -((n & 1 ? 1 : 0) + (n & 2 ? 1 : 0) + (n & 4 ? 1 : 0) + (n & 8 ? 1 : 0))],
  ["BUILD_SLICE", Op.BUILD_SLICE, "int", (n) => (n === 3 ? -2 : -1)],
  ["JUMP_BACKWARD_NO_INTERRUPT", Op.JUMP_BACKWARD_NO_INTERRUPT, "jump", fixed(0), { backward: true, noFallthrough: true }],
  ["MAKE_CELL", Op.MAKE_CELL, "free", fixed(0)],
  ["LOAD_CLOSURE", Op.LOAD_CLOSURE, "free", fixed(1)],
  ["LOAD_DEREF", Op.LOAD_DEREF, "free", fixed(1)],
  ["STORE_DEREF", Op.STORE_DEREF, "free", fixed(-1)],
  ["DELETE_DEREF", Op.DELETE_DEREF, "free", fixed(0)],
  ["JUMP_BACKWARD", Op.JUMP_BACKWARD, "jump", fixed(0), { backward: true, noFallthrough: true }],
  ["CALL_FUNCTION_EX", Op.CALL_FUNCTION_EX, "int", (n) => -2 - (n & 1)],
  ["EXTENDED_ARG", Op.EXTENDED_ARG, "int", fixed(0)],
  ["LIST_APPEND", Op.LIST_APPEND, "int", fixed(-1)],
  ["SET_ADD", Op.SET_ADD, "int", fixed(-1)],
  ["MAP_ADD", Op.MAP_ADD, "int", fixed(-2)],
  ["LOAD_CLASSDEREF", Op.LOAD_CLASSDEREF, "free", fixed(1)],
  ["COPY_FREE_VARS", Op.COPY_FREE_VARS, "int", fixed(0)],
  ["RESUME", Op.RESUME, "int", fixed(0)],
  ["MATCH_CLASS", Op.MATCH_CLASS, "int", fixed(-2)],
  ["FORMAT_VALUE", Op.FORMAT_VALUE, "format", (n) => ((n & 4) === 4 ? -1 : 0)],
  ["BUILD_CONST_KEY_MAP", Op.BUILD_CONST_KEY_MAP, "int", (n) => -n],
  ["BUILD_STRING", Op.BUILD_STRING, "int", (n) => 1 - n],
  ["LOAD_METHOD", Op.LOAD_METHOD, "name", fixed(1)],
  ["LIST_EXTEND", Op.LIST_EXTEND, "int", fixed(-1)],
  ["SET_UPDATE", Op.SET_UPDATE, "int", fixed(-1)],
  ["DICT_MERGE", Op.DICT_MERGE, "int", fixed(-1)],
  ["DICT_UPDATE", Op.DICT_UPDATE, "int", fixed(-1)],
  ["PRECALL", Op.PRECALL, "int", (n) => -n],
  ["CALL", Op.CALL, "int", fixed(-1)],
  ["KW_NAMES", Op.KW_NAMES, "const", fixed(0)],
  ["POP_JUMP_BACKWARD_IF_NOT_NONE", Op.POP_JUMP_BACKWARD_IF_NOT_NONE, "jump", fixed(-1), { backward: true }],
  ["POP_JUMP_BACKWARD_IF_NONE", Op.POP_JUMP_BACKWARD_IF_NONE, "jump", fixed(-1), { backward: true }],
  ["POP_JUMP_BACKWARD_IF_FALSE", Op.POP_JUMP_BACKWARD_IF_FALSE, "jump", fixed(-1), { backward: true }],
  ["POP_JUMP_BACKWARD_IF_TRUE", Op.POP_JUMP_BACKWARD_IF_TRUE, "jump", fixed(-1), { backward: true }],
  // Pseudo-instructions, resolved by the assembler.
  ["SETUP_FINALLY", Pseudo.SETUP_FINALLY, "jump", jumpEffect(1, 0)],
  ["SETUP_CLEANUP", Pseudo.SETUP_CLEANUP, "jump", jumpEffect(2, 0)],
  ["SETUP_WITH", Pseudo.SETUP_WITH, "jump", jumpEffect(1, 0)],
  ["POP_BLOCK", Pseudo.POP_BLOCK, "none", fixed(0)],
  ["JUMP", Pseudo.JUMP, "jump", fixed(0), { noFallthrough: true }],
  ["JUMP_NO_INTERRUPT", Pseudo.JUMP_NO_INTERRUPT, "jump", fixed(0), { noFallthrough: true }],
  ["POP_JUMP_IF_FALSE", Pseudo.POP_JUMP_IF_FALSE, "jump", fixed(-1)],
  ["POP_JUMP_IF_TRUE", Pseudo.POP_JUMP_IF_TRUE, "jump", fixed(-1)],
  ["POP_JUMP_IF_NONE", Pseudo.POP_JUMP_IF_NONE, "jump", fixed(-1)],
  ["POP_JUMP_IF_NOT_NONE", Pseudo.POP_JUMP_IF_NOT_NONE, "jump", fixed(-1)],
];

/** opinfo[code]: the table row of an opcode or pseudo-instruction (undefined for unused numbers). */
export const opinfo: (OpInfo | undefined)[] = [];
for (const [name, code, arg, effect, flags] of rows) {
  if (code < 256 && realOpname[code] !== name) throw new Error(`opcode table: ${name} is not opcode ${code}`);
  opinfo[code] = { name, code, arg, effect, cache: inlineCacheEntries[code] ?? 0, ...flags };
}

export function opName(code: number): string {
  return opinfo[code]?.name ?? realOpname[code] ?? `<${code}>`;
}

/** Follows compile.c's stack_effect(); throws for an unknown opcode (CPython: ValueError). */
export function stackEffect(code: number, oparg: number, jump: boolean): number {
  const info = opinfo[code];
  if (!info) throw new RangeError(`invalid opcode or oparg`);
  return info.effect(oparg, jump);
}

export function hasArg(code: number): boolean {
  return code >= HAVE_ARGUMENT;
}
/** compile.c's is_jump(): real and virtual jumps, not the SETUP_* pseudo-instructions. */
export function isJump(code: number): boolean {
  return opinfo[code]?.arg === "jump" && !isBlockPush(code);
}
/** Jumps and SETUP_* pseudo-instructions that only register a handler. */
export function isBlockPush(code: number): boolean {
  return code === Pseudo.SETUP_FINALLY || code === Pseudo.SETUP_CLEANUP || code === Pseudo.SETUP_WITH;
}
export function isUnconditionalJump(code: number): boolean {
  return (
    code === Pseudo.JUMP ||
    code === Pseudo.JUMP_NO_INTERRUPT ||
    code === Op.JUMP_FORWARD ||
    code === Op.JUMP_BACKWARD ||
    code === Op.JUMP_BACKWARD_NO_INTERRUPT
  );
}
export function isScopeExit(code: number): boolean {
  return code === Op.RETURN_VALUE || code === Op.RAISE_VARARGS || code === Op.RERAISE;
}
export function cacheEntries(code: number): number {
  return code < 256 ? inlineCacheEntries[code] ?? 0 : 0;
}

/** The number of code units an instruction takes, EXTENDED_ARG prefixes and caches included. */
export function instrSize(code: number, oparg: number): number {
  const ext = oparg >= 1 << 24 ? 3 : oparg >= 1 << 16 ? 2 : oparg >= 1 << 8 ? 1 : 0;
  return ext + 1 + cacheEntries(code);
}

// BINARY_OP arguments (NB_* in Include/internal/pycore_opcode.h order).
export const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5, REMAINDER = 6,
  OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12,
  INPLACE_ADD = 13, INPLACE_AND = 14, INPLACE_FLOOR_DIVIDE = 15, INPLACE_LSHIFT = 16,
  INPLACE_MATRIX_MULTIPLY = 17, INPLACE_MULTIPLY = 18, INPLACE_REMAINDER = 19, INPLACE_OR = 20,
  INPLACE_POWER = 21, INPLACE_RSHIFT = 22, INPLACE_SUBTRACT = 23, INPLACE_TRUE_DIVIDE = 24,
  INPLACE_XOR = 25,
}

/** BINARY_OP's operator symbols, as dis shows them (indexed by NB_*). */
export const nbSymbols: readonly string[] = [
  "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

// FORMAT_VALUE flags.
export const FVC_MASK = 0x3, FVC_NONE = 0x0, FVC_STR = 0x1, FVC_REPR = 0x2, FVC_ASCII = 0x3;
export const FVS_MASK = 0x4, FVS_HAVE_SPEC = 0x4;
