// A disassembler of our code objects that prints what CPython 3.11's dis.dis prints (Lib/dis.py):
// driven by the opcode table of opcode.ts.
import { CodeObject } from "../Objects/codeobject";
import { opName, opinfo, Op, HAVE_ARGUMENT, cacheEntries, nbSymbols } from "./opcode";
import { cmp_op } from "./opcode_ids";
import { ConstValue, ConstFrozenset, ComplexValue, EllipsisValue, CodePointString } from "./constants";
import { unicode_repr, bytes_repr } from "../Objects/unicode_repr";
import { float_repr } from "./pystrtod";

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"];
const FORMAT_VALUE_CONVERTERS = ["", "str", "repr", "ascii"];

let codeAddresses = new WeakMap<CodeObject, number>();
let nextAddress = 0x7f0000000000;

/** repr() of a code object; the address is a stable stand-in for CPython's id(). */
export function codeRepr(co: CodeObject): string {
  let addr = codeAddresses.get(co);
  if (addr === undefined) codeAddresses.set(co, (addr = nextAddress += 0x100));
  return `<code object ${co.co_name} at 0x${addr.toString(16)}, file ${JSON.stringify(co.co_filename)}, line ${co.co_firstlineno}>`;
}

function complexPart(x: number): string {
  const r = float_repr(x);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}

/** repr() of a compile-time constant. */
export function constRepr(v: ConstValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (v === EllipsisValue) return "Ellipsis";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return float_repr(v);
  if (typeof v === "string") return unicode_repr(v);
  if (v instanceof CodePointString) return unicode_repr(v.codePoints.map((c) => String.fromCharCode(c)).join(""));
  if (v instanceof Uint8Array) return bytes_repr(v);
  if (v instanceof ComplexValue) {
    if (v.real === 0 && !Object.is(v.real, -0)) return complexPart(v.imag) + "j";
    const im = complexPart(v.imag);
    return "(" + complexPart(v.real) + (im.startsWith("-") ? "" : "+") + im + "j)";
  }
  if (Array.isArray(v)) return "(" + v.map(constRepr).join(", ") + (v.length === 1 ? ",)" : ")");
  if (v instanceof ConstFrozenset) return v.items.length ? "frozenset({" + v.items.map(constRepr).join(", ") + "})" : "frozenset()";
  if (v instanceof CodeObject) return codeRepr(v);
  return String(v);
}

export interface Instruction {
  opname: string;
  opcode: number;
  arg: number | null;
  argrepr: string;
  offset: number;
  startsLine: number | null;
  isJumpTarget: boolean;
}

// dis.findlinestarts
function findlinestarts(co: CodeObject): Map<number, number> {
  const out = new Map<number, number>();
  let lastline: number | null = null;
  for (const [start, , line] of co.co_lines()) {
    if (line !== null && line !== lastline) {
      lastline = line;
      out.set(start, line);
    }
  }
  return out;
}

// dis._unpack_opargs: [offset, op, arg] with EXTENDED_ARG folded in and caches skipped
function* unpackOpargs(code: Uint8Array): Generator<[number, number, number | null]> {
  let extended = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code[i];
    let arg: number | null = null;
    if (op >= HAVE_ARGUMENT) {
      arg = code[i + 1] | extended;
      extended = op === Op.EXTENDED_ARG ? arg * 256 : 0;
      if (extended >= 2 ** 31) extended -= 2 ** 32;
    } else extended = 0;
    caches = cacheEntries(op);
    yield [i, op, arg];
  }
}

function jumpTarget(offset: number, op: number, arg: number): number {
  return offset + 2 + (opinfo[op]?.backward ? -arg : arg) * 2;
}

/** dis.get_instructions */
export function getInstructions(co: CodeObject): Instruction[] {
  const linestarts = findlinestarts(co);
  const labels = new Set<number>();
  for (const [offset, op, arg] of unpackOpargs(co.co_code)) if (arg !== null && opinfo[op]?.arg === "jump") labels.add(jumpTarget(offset, op, arg));
  for (const e of co.exceptionTable()) labels.add(e.target * 2);
  const out: Instruction[] = [];
  for (const [offset, op, arg] of unpackOpargs(co.co_code)) {
    let argrepr = "";
    if (arg !== null) {
      switch (opinfo[op]?.arg) {
        case "const":
          // dis shows the value for LOAD_CONST only (KW_NAMES stays bare)
          if (op === Op.LOAD_CONST) argrepr = constRepr(co.co_consts[arg] as ConstValue);
          break;
        case "name":
          argrepr = co.co_names[arg] ?? "";
          break;
        case "global":
          argrepr = co.co_names[arg >> 1] ?? "";
          if (arg & 1 && argrepr) argrepr = "NULL + " + argrepr;
          break;
        case "jump":
          argrepr = "to " + jumpTarget(offset, op, arg);
          break;
        case "local":
        case "free":
          argrepr = co.co_localsplusnames[arg] ?? "";
          break;
        case "compare":
          argrepr = cmp_op[arg];
          break;
        case "format":
          argrepr = FORMAT_VALUE_CONVERTERS[arg & 3];
          if (arg & 4) argrepr += (argrepr ? ", " : "") + "with format";
          break;
        case "makefunction":
          argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(", ");
          break;
        case "binop":
          argrepr = nbSymbols[arg] ?? "";
          break;
      }
    }
    out.push({
      opname: opName(op),
      opcode: op,
      arg,
      argrepr,
      offset,
      startsLine: linestarts.get(offset) ?? null,
      isJumpTarget: labels.has(offset),
    });
  }
  return out;
}

/** dis.disassemble: one code object, without its nested ones. */
export function disassemble(co: CodeObject, lasti = -1): string {
  const lines: string[] = [];
  const linestarts = findlinestarts(co);
  const showLineno = linestarts.size > 0;
  const maxlineno = showLineno ? Math.max(...linestarts.values()) : 0;
  const linenoWidth = showLineno ? (maxlineno >= 1000 ? String(maxlineno).length : 3) : 0;
  const maxoffset = co.co_code.length - 2;
  const offsetWidth = maxoffset >= 10000 ? String(maxoffset).length : 4;
  for (const ins of getInstructions(co)) {
    if (showLineno && ins.startsLine !== null && ins.offset > 0) lines.push("");
    const fields: string[] = [];
    if (linenoWidth) fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : " ".repeat(linenoWidth));
    fields.push(ins.offset === lasti ? "-->" : "   ");
    fields.push(ins.isJumpTarget ? ">>" : "  ");
    fields.push(String(ins.offset).padStart(offsetWidth));
    fields.push(ins.opname.padEnd(OPNAME_WIDTH));
    if (ins.arg !== null) {
      fields.push(String(ins.arg).padStart(OPARG_WIDTH));
      if (ins.argrepr) fields.push("(" + ins.argrepr + ")");
    }
    lines.push(fields.join(" ").trimEnd());
  }
  const entries = co.exceptionTable();
  if (entries.length) {
    lines.push("ExceptionTable:");
    for (const e of entries) lines.push(`  ${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? " lasti" : ""}`);
  }
  return lines.map((l) => l + "\n").join("");
}

/** dis.dis(code): the code object, then each nested code object (depth: how deep; null = all). */
export function dis(co: CodeObject, depth: number | null = null): string {
  let out = disassemble(co);
  if (depth === null || depth > 0) {
    for (const c of co.co_consts) {
      if (c instanceof CodeObject) {
        out += "\nDisassembly of " + codeRepr(c) + ":\n";
        out += dis(c, depth === null ? null : depth - 1);
      }
    }
  }
  return out;
}

/** Forget the stand-in addresses (tests). */
export function resetCodeAddresses(): void {
  codeAddresses = new WeakMap();
}
