// The assembler half of CPython 3.11's Python/compile.c: basic blocks and their instructions, the
// flow-graph optimizer (optimize_cfg and friends), stack depth, the exception table, the location
// table, and the making of the code object.
import { Op, Pseudo, stackEffect, isJump, isBlockPush, instrSize, cacheEntries, hasArg } from "./opcode";
import {
  CodeObject,
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_LOCAL,
  CO_GENERATOR,
  CO_COROUTINE,
  CO_ASYNC_GENERATOR,
} from "../Objects/codeobject";
import { ConstValue, constTruth, constKey } from "./constants";

export interface Instr {
  op: number;
  arg: number;
  target: Block | null;
  except: Block | null;
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export class Block {
  /** Blocks of a unit, most recently allocated first (b_list). */
  list: Block | null = null;
  instrs: Instr[] = [];
  /** The block reached by falling through (b_next). */
  next: Block | null = null;
  predecessors = 0;
  startdepth = -1;
  offset = 0;
  nofallthrough = false;
  preserveLasti = false;
  visited = false;
  exit = false;
  return = false;
  exceptstack: Block[] | null = null;
}

/** What the assembler needs of a compiler unit. */
export interface AssemblyUnit {
  blocks: Block | null;
  consts: ConstValue[];
  constIndex: Map<string, number>;
  names: Map<string, number>;
  varnames: Map<string, number>;
  cellvars: Map<string, number>;
  freevars: Map<string, number>;
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  isGeneratorOrCoroutine: boolean;
  newBlock(): Block;
}

const copyLoc = (from: Instr, to: Instr) => {
  to.lineno = from.lineno;
  to.col_offset = from.col_offset;
  to.end_lineno = from.end_lineno;
  to.end_col_offset = from.end_col_offset;
};

const mkInstr = (op: number, arg: number, lineno: number): Instr => ({
  op,
  arg,
  target: null,
  except: null,
  lineno,
  end_lineno: lineno,
  col_offset: -1,
  end_col_offset: -1,
});

function sizeOf(i: Instr): number {
  return instrSize(i.op, hasArg(i.op) ? i.arg : 0);
}

// ---- The flow-graph passes ----

// normalize_basic_block
function normalizeBasicBlock(bb: Block): void {
  for (let i = 0; i < bb.instrs.length; i++) {
    const ins = bb.instrs[i];
    switch (ins.op) {
      case Op.RETURN_VALUE:
      case Op.RAISE_VARARGS:
      case Op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case Pseudo.JUMP:
      case Pseudo.JUMP_NO_INTERRUPT:
      case Pseudo.POP_JUMP_IF_NOT_NONE:
      case Pseudo.POP_JUMP_IF_NONE:
      case Pseudo.POP_JUMP_IF_FALSE:
      case Pseudo.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.FOR_ITER:
        if (ins.op === Pseudo.JUMP || ins.op === Pseudo.JUMP_NO_INTERRUPT) bb.nofallthrough = true;
        if (i !== bb.instrs.length - 1) throw new Error("SystemError: malformed control flow graph.");
        while (ins.target!.instrs.length === 0) ins.target = ins.target!.next;
    }
  }
}

const MAX_COPY_SIZE = 4;

function basicblockHasLineno(bb: Block): boolean {
  return bb.instrs.some((i) => i.lineno > 0);
}

// extend_block: a jump to a short exit block without line numbers becomes a copy of that block.
function extendBlock(bb: Block): void {
  if (bb.instrs.length === 0) return;
  const last = bb.instrs[bb.instrs.length - 1];
  if (last.op !== Pseudo.JUMP && last.op !== Op.JUMP_FORWARD && last.op !== Op.JUMP_BACKWARD) return;
  const to = last.target!;
  if (to.exit && to.instrs.length <= MAX_COPY_SIZE) {
    if (basicblockHasLineno(to)) return;
    last.op = Op.NOP;
    for (const i of to.instrs) bb.instrs.push({ ...i });
    bb.exit = true;
  }
}

// clean_basic_block: remove NOPs that carry no line information of their own.
function cleanBasicBlock(bb: Block): void {
  const ins = bb.instrs;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < ins.length; src++) {
    const lineno = ins[src].lineno;
    if (ins[src].op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < ins.length - 1) {
        const nextLineno = ins[src + 1].lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          copyLoc(ins[src], ins[src + 1]);
          continue;
        }
      } else {
        let next = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].lineno) continue;
      }
    }
    if (dest !== src) ins[dest] = ins[src];
    dest++;
    prevLineno = lineno;
  }
  ins.length = dest;
}

// fold_tuple_on_constants
function foldTupleOnConstants(u: AssemblyUnit, bb: Block, start: number, n: number, consts: ConstValue[]): void {
  const ins = bb.instrs;
  for (let i = 0; i < n; i++) if (ins[start + i].op !== Op.LOAD_CONST) return;
  const items: ConstValue[] = [];
  for (let i = 0; i < n; i++) items.push(consts[ins[start + i].arg]);
  const key = constKey(items);
  let index = consts.findIndex((c) => Array.isArray(c) && constKey(c) === key);
  if (index < 0) {
    index = consts.length;
    consts.push(items);
  }
  for (let i = 0; i < n; i++) ins[start + i].op = Op.NOP;
  ins[start + n].op = Op.LOAD_CONST;
  ins[start + n].arg = index;
}

// swaptimize: replace a run of SWAPs and NOPs with an optimal one.
function swaptimize(block: Block, ix: number): number {
  const instructions = block.instrs;
  let depth = instructions[ix].arg;
  let len = 0;
  let more = false;
  const limit = instructions.length - ix;
  while (++len < limit) {
    const op = instructions[ix + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instructions[ix + len].arg);
      more = true;
    } else if (op !== Op.NOP) break;
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (instructions[ix + i].op === Op.SWAP) {
      const oparg = instructions[ix + i].arg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        instructions[ix + current].op = Op.SWAP;
        instructions[ix + current--].arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) instructions[ix + current--].op = Op.NOP;
  return ix + len - 1;
}

const swappable = (op: number) => op === Op.STORE_FAST || op === Op.POP_TOP;
const storesTo = (i: Instr) => (i.op === Op.STORE_FAST ? i.arg : -1);

// next_swappable_instruction
function nextSwappableInstruction(block: Block, i: number, lineno: number): number {
  while (++i < block.instrs.length) {
    const ins = block.instrs[i];
    if (lineno >= 0 && ins.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

// apply_static_swaps
function applyStaticSwaps(block: Block, i: number): void {
  for (; i >= 0; i--) {
    const swap = block.instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.instrs[j].lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(block.instrs[j]);
    const storeK = storesTo(block.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(block.instrs[idx]);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    swap.op = Op.NOP;
    const temp = block.instrs[j];
    block.instrs[j] = block.instrs[k];
    block.instrs[k] = temp;
  }
}

// jump_thread
function jumpThread(inst: Instr, target: Instr, opcode: number): boolean {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = opcode;
    return true;
  }
  return false;
}

const NOP_INSTR: Instr = mkInstr(Op.NOP, 0, -1);

// optimize_basic_block: the peephole optimizer.
function optimizeBasicBlock(u: AssemblyUnit, bb: Block, consts: ConstValue[]): void {
  const ins = bb.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const oparg = inst.arg;
    const nextop = i + 1 < ins.length ? ins[i + 1].op : 0;
    let target: Instr;
    if (isJump(inst.op) || isBlockPush(inst.op)) {
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instrs[0];
    } else target = NOP_INSTR;
    switch (inst.op) {
      case Op.LOAD_CONST: {
        switch (nextop) {
          case Pseudo.POP_JUMP_IF_FALSE:
          case Pseudo.POP_JUMP_IF_TRUE: {
            const isTrue = constTruth(consts[oparg]);
            inst.op = Op.NOP;
            const jumpIfTrue = nextop === Pseudo.POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) {
              ins[i + 1].op = Pseudo.JUMP;
              bb.nofallthrough = true;
            } else ins[i + 1].op = Op.NOP;
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const isTrue = constTruth(consts[oparg]);
            const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
            if (isTrue === jumpIfTrue) {
              ins[i + 1].op = Pseudo.JUMP;
              bb.nofallthrough = true;
            } else {
              inst.op = Op.NOP;
              ins[i + 1].op = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            const jumpOp = i + 2 < ins.length ? ins[i + 2].op : 0;
            if (consts[oparg] === null && (jumpOp === Pseudo.POP_JUMP_IF_FALSE || jumpOp === Pseudo.POP_JUMP_IF_TRUE)) {
              const nextarg = ins[i + 1].arg & 0xff;
              inst.op = Op.NOP;
              ins[i + 1].op = Op.NOP;
              ins[i + 2].op = nextarg ^ (jumpOp === Pseudo.POP_JUMP_IF_FALSE ? 1 : 0) ? Pseudo.POP_JUMP_IF_NOT_NONE : Pseudo.POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === ins[i + 1].arg) {
          if (oparg === 1) {
            inst.op = Op.NOP;
            ins[i + 1].op = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.op = Op.NOP;
            ins[i + 1].op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(u, bb, i - oparg, oparg, consts);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case Pseudo.POP_JUMP_IF_FALSE:
            i -= jumpThread(inst, target, Pseudo.POP_JUMP_IF_FALSE) ? 1 : 0;
            break;
          case Pseudo.JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP) ? 1 : 0;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case Pseudo.POP_JUMP_IF_TRUE:
            if (inst.lineno === target.lineno) {
              inst.op = Pseudo.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              --i;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case Pseudo.POP_JUMP_IF_TRUE:
            i -= jumpThread(inst, target, Pseudo.POP_JUMP_IF_TRUE) ? 1 : 0;
            break;
          case Pseudo.JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP) ? 1 : 0;
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case Pseudo.POP_JUMP_IF_FALSE:
            if (inst.lineno === target.lineno) {
              inst.op = Pseudo.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              --i;
            }
            break;
        }
        break;
      case Pseudo.POP_JUMP_IF_NOT_NONE:
      case Pseudo.POP_JUMP_IF_NONE:
      case Pseudo.POP_JUMP_IF_FALSE:
      case Pseudo.POP_JUMP_IF_TRUE:
      case Pseudo.JUMP:
        if (target.op === Pseudo.JUMP) i -= jumpThread(inst, target, inst.op) ? 1 : 0;
        break;
      case Op.SWAP:
        if (oparg === 1) {
          inst.op = Op.NOP;
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case Op.PUSH_NULL:
        // CPython tests the *opcode* of the next instruction here (always even for LOAD_GLOBAL)
        if (nextop === Op.LOAD_GLOBAL && (ins[i + 1].op & 1) === 0) {
          inst.op = Op.NOP;
          inst.arg = 0;
          ins[i + 1].arg |= 1;
        }
        break;
    }
  }
}

// mark_reachable
function markReachable(entry: Block): void {
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (isJump(ins.op) || isBlockPush(ins.op)) {
        const target = ins.target!;
        if (target.predecessors === 0) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

// eliminate_empty_basic_blocks
function eliminateEmptyBasicBlocks(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    let next: Block | null = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length === 0) continue;
    const last = b.instrs[b.instrs.length - 1];
    if (isJump(last.op)) {
      let target = last.target!;
      while (target.instrs.length === 0) target = target.next!;
      last.target = target;
    }
  }
}

// propagate_line_numbers
function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length === 0) continue;
    const prev = mkInstr(0, 0, -1);
    for (const ins of b.instrs) {
      if (ins.lineno < 0) copyLoc(prev, ins);
      else copyLoc(ins, prev);
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      if (b.next!.instrs[0].lineno < 0) copyLoc(prev, b.next!.instrs[0]);
    }
    const last = b.instrs[b.instrs.length - 1];
    if (isJump(last.op)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0].lineno < 0) copyLoc(prev, target.instrs[0]);
    }
  }
}

// optimize_cfg
function optimizeCfg(u: AssemblyUnit, entry: Block, consts: ConstValue[]): void {
  for (let b: Block | null = entry; b; b = b.next) {
    optimizeBasicBlock(u, b, consts);
    cleanBasicBlock(b);
  }
  for (let b = u.blocks; b; b = b.list) extendBlock(b);
  markReachable(entry);
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.predecessors === 0) {
      b.instrs.length = 0;
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(entry);
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  let maybeEmpty = false;
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length > 0) {
      const last: Instr = b.instrs[b.instrs.length - 1];
      if ((last.op === Pseudo.JUMP || last.op === Pseudo.JUMP_NO_INTERRUPT) && last.target === b.next) {
        b.nofallthrough = false;
        last.op = Op.NOP;
        maybeEmpty = true;
      }
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(entry);
}

// trim_unused_consts
function trimUnusedConsts(entry: Block, consts: ConstValue[]): void {
  let max = 0;
  for (let b: Block | null = entry; b; b = b.next)
    for (const i of b.instrs) if ((i.op === Op.LOAD_CONST || i.op === Op.KW_NAMES) && i.arg > max) max = i.arg;
  if (max + 1 < consts.length) consts.length = max + 1;
}

function isExitWithoutLineno(b: Block): boolean {
  if (!b.exit) return false;
  return b.instrs.every((i) => i.lineno < 0);
}

// compiler_copy_block
function copyBlock(u: AssemblyUnit, block: Block): Block {
  const result = u.newBlock();
  for (const i of block.instrs) result.instrs.push({ ...i });
  result.exit = block.exit;
  result.nofallthrough = true;
  return result;
}

// duplicate_exits_without_lineno
function duplicateExitsWithoutLineno(u: AssemblyUnit): void {
  for (let b = u.blocks; b; b = b.list) {
    if (b.instrs.length > 0 && isJump(b.instrs[b.instrs.length - 1].op)) {
      const last = b.instrs[b.instrs.length - 1];
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nt = copyBlock(u, target);
        copyLoc(last, nt.instrs[0]);
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        target.next = nt;
      }
    }
  }
  for (let b = u.blocks; b; b = b.list) {
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (let b = u.blocks; b; b = b.list) {
    if (!b.nofallthrough && b.next && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) copyLoc(b.instrs[b.instrs.length - 1], b.next.instrs[0]);
    }
  }
}

// guarantee_lineno_for_exits
function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.instrs.length === 0) continue;
    const last = b.instrs[b.instrs.length - 1];
    if (last.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
    } else lineno = last.lineno;
  }
}

// stackdepth
function stackdepth(u: AssemblyUnit, entry: Block): number {
  for (let b = u.blocks; b; b = b.list) b.startdepth = -1;
  const stack: Block[] = [];
  let maxdepth = 0;
  const push = (b: Block, depth: number) => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  push(entry, u.isGeneratorOrCoroutine ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next: Block | null = b.next;
    for (const ins of b.instrs) {
      const effect = stackEffect(ins.op, ins.arg, false);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(ins.op) || isBlockPush(ins.op)) {
        const targetDepth = depth + stackEffect(ins.op, ins.arg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(ins.target!, targetDepth);
      }
      depth = newDepth;
      if (
        ins.op === Pseudo.JUMP_NO_INTERRUPT ||
        ins.op === Pseudo.JUMP ||
        ins.op === Op.RETURN_VALUE ||
        ins.op === Op.RAISE_VARARGS ||
        ins.op === Op.RERAISE
      ) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

// label_exception_targets
function labelExceptionTargets(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptstack = [];
  // an except stack is the list of handlers; handlers[depth] is the top; [] means none (NULL)
  while (todo.length) {
    const b = todo.pop()!;
    let stack: Block[] | null = b.exceptstack!;
    b.exceptstack = null;
    let handler: Block | null = stack.length ? stack[stack.length - 1] : null;
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (isBlockPush(ins.op)) {
        if (!ins.target!.visited) {
          ins.target!.exceptstack = stack!.slice();
          todo.push(ins.target!);
          ins.target!.visited = true;
        }
        if (ins.op === Pseudo.SETUP_WITH || ins.op === Pseudo.SETUP_CLEANUP) ins.target!.preserveLasti = true;
        stack!.push(ins.target!);
        handler = ins.target!;
      } else if (ins.op === Pseudo.POP_BLOCK) {
        stack!.pop();
        handler = stack!.length ? stack![stack!.length - 1] : null;
      } else if (isJump(ins.op)) {
        ins.except = handler;
        if (!ins.target!.visited) {
          if (!b.nofallthrough) ins.target!.exceptstack = stack!.slice();
          else {
            ins.target!.exceptstack = stack;
            stack = null;
          }
          todo.push(ins.target!);
          ins.target!.visited = true;
        }
      } else ins.except = handler;
    }
    if (!b.nofallthrough && !b.next!.visited) {
      b.next!.exceptstack = stack;
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

function convertExceptionHandlersToNops(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next)
    for (const i of b.instrs) if (isBlockPush(i.op) || i.op === Pseudo.POP_BLOCK) i.op = Op.NOP;
}

// normalize_jumps: virtual jumps become forward or backward real ones.
function normalizeJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = true;
    if (b.instrs.length === 0) continue;
    const last: Instr = b.instrs[b.instrs.length - 1];
    if (!isJump(last.op)) continue;
    const fwd = !last.target!.visited;
    switch (last.op) {
      case Pseudo.JUMP:
        last.op = fwd ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
        break;
      case Pseudo.JUMP_NO_INTERRUPT:
        last.op = fwd ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case Pseudo.POP_JUMP_IF_NOT_NONE:
        last.op = fwd ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case Pseudo.POP_JUMP_IF_NONE:
        last.op = fwd ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE;
        break;
      case Pseudo.POP_JUMP_IF_FALSE:
        last.op = fwd ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case Pseudo.POP_JUMP_IF_TRUE:
        last.op = fwd ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE;
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.JUMP_IF_FALSE_OR_POP:
        if (!fwd) throw new Error("SystemError: unexpected JUMP_IF_*_OR_POP jumping backwards");
    }
  }
}

const isBackwardJump = (op: number) =>
  op === Op.JUMP_BACKWARD ||
  op === Op.JUMP_BACKWARD_NO_INTERRUPT ||
  op === Op.POP_JUMP_BACKWARD_IF_NONE ||
  op === Op.POP_JUMP_BACKWARD_IF_NOT_NONE ||
  op === Op.POP_JUMP_BACKWARD_IF_TRUE ||
  op === Op.POP_JUMP_BACKWARD_IF_FALSE;

// assemble_jump_offsets
function assembleJumpOffsets(u: AssemblyUnit, entry: Block): void {
  let again: boolean;
  do {
    let totsize = 0;
    for (let b: Block | null = entry; b; b = b.next) {
      b.offset = totsize;
      for (const i of b.instrs) totsize += sizeOf(i);
    }
    again = false;
    for (let b = u.blocks; b; b = b.list) {
      let bsize = b.offset;
      for (const ins of b.instrs) {
        const isize = sizeOf(ins);
        bsize += isize;
        if (isJump(ins.op)) {
          ins.arg = ins.target!.offset;
          if (ins.arg < bsize) {
            if (!isBackwardJump(ins.op)) throw new Error("SystemError: forward jump going backwards");
            ins.arg = bsize - ins.arg;
          } else ins.arg -= bsize;
          if (sizeOf(ins) !== isize) again = true;
        }
      }
    }
  } while (again);
}

// write_instr / assemble_emit
function emitCode(entry: Block): Uint8Array {
  let total = 0;
  for (let b: Block | null = entry; b; b = b.next) for (const ins of b.instrs) total += sizeOf(ins);
  const out = new Uint8Array(total * 2); // CACHE entries stay zero
  let p = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      const oparg = hasArg(ins.op) ? ins.arg : 0;
      const caches = cacheEntries(ins.op);
      const size = sizeOf(ins) - caches;
      if (size >= 4) (out[p++] = Op.EXTENDED_ARG), (out[p++] = (oparg >>> 24) & 0xff);
      if (size >= 3) (out[p++] = Op.EXTENDED_ARG), (out[p++] = (oparg >>> 16) & 0xff);
      if (size >= 2) (out[p++] = Op.EXTENDED_ARG), (out[p++] = (oparg >>> 8) & 0xff);
      out[p++] = ins.op;
      out[p++] = oparg & 0xff;
      p += caches * 2;
    }
  }
  return out;
}

// The location table (write_location_info_entry and friends).
class LocationWriter {
  out: number[] = [];
  lineno: number;
  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }
  private first(code: number, length: number) {
    this.out.push(0x80 | (code << 3) | (length - 1));
  }
  private varint(v: number) {
    while (v >= 64) {
      this.out.push(0x40 | (v & 63));
      v >>>= 6;
    }
    this.out.push(v);
  }
  private svarint(v: number) {
    this.varint(v < 0 ? (-v << 1) | 1 : v << 1);
  }
  entry(i: Instr, isize: number) {
    if (i.lineno < 0) {
      this.first(15, isize);
      return;
    }
    const lineDelta = i.lineno - this.lineno;
    const column = i.col_offset;
    const endColumn = i.end_col_offset;
    if (column < 0 || endColumn < 0) {
      if (i.end_lineno === i.lineno || i.end_lineno === -1) {
        this.first(13, isize);
        this.svarint(lineDelta);
        this.lineno = i.lineno;
        return;
      }
    } else if (i.end_lineno === i.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        this.first(column >> 3, isize);
        this.out.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.first(10 + lineDelta, isize);
        this.out.push(column, endColumn);
        this.lineno = i.lineno;
        return;
      }
    }
    this.first(14, isize);
    this.svarint(i.lineno - this.lineno);
    this.varint(i.end_lineno - i.lineno);
    this.varint(i.col_offset + 1);
    this.varint(i.end_col_offset + 1);
    this.lineno = i.lineno;
  }
  emit(i: Instr) {
    let isize = sizeOf(i);
    while (isize > 8) {
      this.entry(i, 8);
      isize -= 8;
    }
    this.entry(i, isize);
  }
}

// assemble_exception_table
function exceptionTable(entry: Block): Uint8Array {
  const out: number[] = [];
  const item = (value: number, msb: number) => {
    if (value >= 1 << 24) {
      out.push((value >> 24) | 64 | msb);
      msb = 0;
    }
    if (value >= 1 << 18) {
      out.push(((value >> 18) & 0x3f) | 64 | msb);
      msb = 0;
    }
    if (value >= 1 << 12) {
      out.push(((value >> 12) & 0x3f) | 64 | msb);
      msb = 0;
    }
    if (value >= 1 << 6) {
      out.push(((value >> 6) & 0x3f) | 64 | msb);
      msb = 0;
    }
    out.push((value & 0x3f) | msb);
  };
  const emitEntry = (start: number, end: number, handler: Block) => {
    let depth = handler.startdepth - 1;
    if (handler.preserveLasti) depth -= 1;
    item(start, 128);
    item(end - start, 0);
    item(handler.offset, 0);
    item((depth << 1) | (handler.preserveLasti ? 1 : 0), 0);
  };
  let ioffset = 0;
  let handler: Block | null = null;
  let start = -1;
  for (let b: Block | null = entry; b; b = b.next) {
    ioffset = b.offset;
    for (const ins of b.instrs) {
      if (ins.except !== handler) {
        if (handler) emitEntry(start, ioffset, handler);
        start = ioffset;
        handler = ins.except;
      }
      ioffset += sizeOf(ins);
    }
  }
  if (handler) emitEntry(start, ioffset, handler);
  return Uint8Array.from(out);
}

// build_cellfixedoffsets
function buildCellFixedOffsets(u: AssemblyUnit): number[] {
  const nlocals = u.varnames.size;
  const fixed: number[] = [];
  for (let i = 0; i < u.cellvars.size + u.freevars.size; i++) fixed.push(nlocals + i);
  for (const [name, cellindex] of u.cellvars) {
    const varindex = u.varnames.get(name);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  return fixed;
}

// insert_prefix_instructions
function insertPrefixInstructions(u: AssemblyUnit, entry: Block, fixed: number[], nfreevars: number): void {
  if (u.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    const makeGen = mkInstr(Op.RETURN_GENERATOR, 0, u.firstlineno);
    entry.instrs.splice(0, 0, makeGen, mkInstr(Op.POP_TOP, 0, -1));
  }
  const ncellvars = u.cellvars.size;
  if (ncellvars) {
    const nvars = ncellvars + u.varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0, used = 0; used < ncellvars; i++) {
      const oldindex = sorted[i] - 1;
      if (oldindex === -1) continue;
      entry.instrs.splice(used, 0, mkInstr(Op.MAKE_CELL, oldindex, -1));
      used++;
    }
  }
  if (nfreevars) entry.instrs.splice(0, 0, mkInstr(Op.COPY_FREE_VARS, nfreevars, -1));
}

// fix_cell_offsets
function fixCellOffsets(u: AssemblyUnit, entry: Block, fixedmap: number[]): number {
  const nlocals = u.varnames.size;
  let numdropped = 0;
  for (let i = 0; i < fixedmap.length; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i] -= numdropped;
    else numdropped++;
  }
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      switch (ins.op) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_CLASSDEREF:
          ins.arg = fixedmap[ins.arg];
      }
    }
  }
  return numdropped;
}

// compute_localsplus_info
function computeLocalsplusInfo(u: AssemblyUnit, nlocalsplus: number): [string[], Uint8Array] {
  const names = new Array<string>(nlocalsplus);
  const kinds = new Uint8Array(nlocalsplus);
  for (const [k, offset] of u.varnames) {
    names[offset] = k;
    kinds[offset] = CO_FAST_LOCAL | (u.cellvars.has(k) ? CO_FAST_CELL : 0);
  }
  const nlocals = u.varnames.size;
  let numdropped = 0;
  for (const [k, v] of u.cellvars) {
    if (u.varnames.has(k)) {
      numdropped++;
      continue;
    }
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST_CELL;
  }
  for (const [k, v] of u.freevars) {
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST_FREE;
  }
  return [names, kinds];
}

/** assemble(): the unit's blocks, already ending in a return, become a code object. */
export function assemble(u: AssemblyUnit, filename: string): CodeObject {
  for (let b = u.blocks; b; b = b.list) normalizeBasicBlock(b);
  for (let b = u.blocks; b; b = b.list) extendBlock(b);
  let entry: Block | null = null;
  for (let b = u.blocks; b; b = b.list) entry = b;
  if (!entry) throw new Error("assemble: no blocks");
  const nlocals = u.varnames.size;
  const ncellvars = u.cellvars.size;
  const nfreevars = u.freevars.size;
  let nlocalsplus = nlocals + ncellvars + nfreevars;
  const fixed = buildCellFixedOffsets(u);
  if (!u.firstlineno) {
    u.firstlineno = entry.instrs.length && entry.instrs[0].lineno ? entry.instrs[0].lineno : 1;
  }
  insertPrefixInstructions(u, entry, fixed, nfreevars);
  nlocalsplus -= fixCellOffsets(u, entry, fixed);
  const consts = u.consts.slice();
  optimizeCfg(u, entry, consts);
  duplicateExitsWithoutLineno(u);
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const maxdepth = stackdepth(u, entry);
  labelExceptionTargets(entry);
  convertExceptionHandlersToNops(entry);
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  normalizeJumps(entry);
  assembleJumpOffsets(u, entry);

  const co = new CodeObject();
  co.co_code = emitCode(entry);
  const lw = new LocationWriter(u.firstlineno);
  for (let b: Block | null = entry; b; b = b.next) for (const i of b.instrs) lw.emit(i);
  co.co_linetable = Uint8Array.from(lw.out);
  co.co_exceptiontable = exceptionTable(entry);
  co.co_consts = consts;
  co.co_names = [...u.names.keys()];
  const [names, kinds] = computeLocalsplusInfo(u, nlocalsplus);
  co.co_localsplusnames = names;
  co.co_localspluskinds = kinds;
  co.co_filename = filename;
  co.co_name = u.name;
  co.co_qualname = u.qualname || u.name;
  co.co_flags = u.flags;
  co.co_firstlineno = u.firstlineno;
  co.co_argcount = u.posonlyargcount + u.argcount;
  co.co_posonlyargcount = u.posonlyargcount;
  co.co_kwonlyargcount = u.kwonlyargcount;
  co.co_stacksize = maxdepth;
  return co;
}
