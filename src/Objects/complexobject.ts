// complex (CPython's Objects/complexobject.c).
import {
  PyObject,
  PyObjectBase,
  PyTypeObject,
  PyFloat,
  PyLong,
  PyStr,
  Py_None,
  Py_NotImplemented,
  Py_True,
  Py_False,
  Py_TYPE,
  Py_hash_t,
  PyUnicode_FromString,
  PyTuple_FromArray,
  PyType_FromSpec,
  PyBaseObject_Type,
  METH_NOARGS,
  Py_TPFLAGS_BASETYPE,
  HeapInstance,
  InstanceDict,
} from "./object";
import { PyErr_SetString, PyErr_NewException } from "../Python/errors";
import * as exc from "./exceptions";
import * as A from "./abstract";
import * as longobject from "./longobject";
import { PyFloat_AsDouble, _Py_HashDouble, float_from_string } from "./floatobject";
import { PyOS_double_to_string } from "../Python/pystrtod";
import { PyArg_UnpackKeywords } from "../Python/getargs";
import * as typeobject from "./typeobject";

export class PyComplexObject extends PyObjectBase implements HeapInstance {
  dict: InstanceDict | null = null;
  slots: (PyObject | null)[] | null = null;
  constructor(readonly real: number, readonly imag: number, type?: PyTypeObject) {
    super();
    this.ob_type = type ?? PyComplex_Type;
  }
}

export function PyComplex_FromDoubles(re: number, im: number): PyComplexObject {
  return new PyComplexObject(re, im);
}

/** An operand as [re, im], or null when it is not a number complex arithmetic accepts. */
function toComplex(o: PyObject): [number, number] | null {
  if (o instanceof PyComplexObject) return [o.real, o.imag];
  if (o instanceof PyFloat) return [o.value, 0];
  if (typeof o === "number") return [o, 0];
  if (o instanceof PyLong) return [longobject.PyLong_AsDouble(o), 0];
  return null;
}

function fmt(x: number): string {
  return PyOS_double_to_string(x, "r", 0, {});
}

function complex_repr(o: PyObject): PyObject {
  const c = o as PyComplexObject;
  if (c.real === 0 && !Object.is(c.real, -0)) return PyUnicode_FromString(`${fmt(c.imag)}j`);
  const im = PyOS_double_to_string(c.imag, "r", 0, { sign: true });
  return PyUnicode_FromString(`(${fmt(c.real)}${im}j)`);
}

function complex_hash(o: PyObject): Py_hash_t {
  const c = o as PyComplexObject;
  const hr = BigInt(_Py_HashDouble(o, c.real));
  const hi = BigInt(_Py_HashDouble(o, c.imag));
  let h = BigInt.asIntN(64, hr + 1000003n * hi);
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

function binop(f: (a: [number, number], b: [number, number]) => [number, number]) {
  return (v: PyObject, w: PyObject): PyObject => {
    const a = toComplex(v);
    const b = toComplex(w);
    if (a === null || b === null) return Py_NotImplemented;
    const [re, im] = f(a, b);
    return new PyComplexObject(re, im);
  };
}

/** _Py_c_quot: Smith's algorithm as CPython uses it. */
function c_quot(a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a;
  const [br, bi] = b;
  const abs_br = Math.abs(br);
  const abs_bi = Math.abs(bi);
  if (abs_br >= abs_bi) {
    if (abs_br === 0) PyErr_SetString(exc.PyExc_ZeroDivisionError, "complex division by zero");
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (abs_bi >= abs_br) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function c_pow(a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a;
  const [br, bi] = b;
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) PyErr_SetString(exc.PyExc_ZeroDivisionError, "0.0 to a negative or complex power");
    return [0, 0];
  }
  // integer exponents by repeated multiplication, as CPython's c_powi for small ints
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) <= 100) {
    let n = Math.abs(br);
    let r: [number, number] = [1, 0];
    let x: [number, number] = [ar, ai];
    while (n > 0) {
      if (n & 1) r = [r[0] * x[0] - r[1] * x[1], r[0] * x[1] + r[1] * x[0]];
      x = [x[0] * x[0] - x[1] * x[1], 2 * x[0] * x[1]];
      n >>= 1;
    }
    return br < 0 ? c_quot([1, 0], r) : r;
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

function complex_pow(v: PyObject, w: PyObject, z: PyObject): PyObject {
  if (z !== Py_None) PyErr_SetString(exc.PyExc_ValueError, "complex modulo");
  const a = toComplex(v);
  const b = toComplex(w);
  if (a === null || b === null) return Py_NotImplemented;
  const r = c_pow(a, b);
  if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) {
    if (Number.isFinite(a[0]) && Number.isFinite(a[1]) && Number.isFinite(b[0]) && Number.isFinite(b[1])) {
      PyErr_SetString(exc.PyExc_OverflowError, "complex exponentiation");
    }
  }
  return new PyComplexObject(r[0], r[1]);
}

function complex_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (op !== 2 && op !== 3) return Py_NotImplemented;
  const a = toComplex(v);
  if (a === null) return Py_NotImplemented;
  let eq: boolean;
  if (w instanceof PyComplexObject) eq = a[0] === w.real && a[1] === w.imag;
  else if (typeof w === "number" || w instanceof PyLong) {
    if (a[1] !== 0) eq = false;
    else return A.PyObject_RichCompare(new PyFloat(a[0]), w, op);
  } else if (w instanceof PyFloat) eq = a[0] === w.value && a[1] === 0;
  else return Py_NotImplemented;
  return (op === 2) === eq ? Py_True : Py_False;
}

function complex_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [r, i] = PyArg_UnpackKeywords({ fname: "complex", names: ["real", "imag"], required: 0 }, args, kwnames);
  let re = 0;
  let im = 0;
  let rIsComplex = false;
  if (r !== null) {
    if (r instanceof PyStr) {
      if (i !== null) PyErr_SetString(exc.PyExc_TypeError, "complex() can't take second arg if first is a string");
      [re, im] = complexFromString(r.value, () => A.PyObject_ReprStr(r));
    } else if (r instanceof PyComplexObject && i === null && type === PyComplex_Type && Py_TYPE(r) === PyComplex_Type) {
      return r;
    } else {
      const cm = typeobject._PyType_Lookup(Py_TYPE(r), "__complex__");
      if (cm !== null) {
        const c = A.PyObject_CallMethod(r, "__complex__", []);
        if (!(c instanceof PyComplexObject)) PyErr_SetString(exc.PyExc_TypeError, `__complex__ returned non-complex (type ${Py_TYPE(c).ht_name})`);
        re = c.real;
        im = c.imag;
        rIsComplex = true;
      } else if (r instanceof PyComplexObject) {
        re = r.real;
        im = r.imag;
        rIsComplex = true;
      } else {
        const t = Py_TYPE(r);
        if (t.nb_float === null && t.nb_index === null && !(r instanceof PyFloat) && typeof r !== "number" && !(r instanceof PyLong)) {
          PyErr_SetString(exc.PyExc_TypeError, `complex() first argument must be a string or a number, not '${t.ht_name}'`);
        }
        re = PyFloat_AsDouble(r);
      }
    }
  }
  if (i !== null) {
    if (i instanceof PyStr) PyErr_SetString(exc.PyExc_TypeError, "complex() second arg can't be a string");
    // complex_new: the result's imaginary part is i's real part, plus r's imaginary part only
    // when r is complex (so complex(-0.0, -0.0) keeps both signs).
    let ir: number;
    if (i instanceof PyComplexObject) {
      re -= i.imag;
      ir = i.real;
    } else {
      const t = Py_TYPE(i);
      if (t.nb_float === null && t.nb_index === null && !(i instanceof PyFloat) && typeof i !== "number" && !(i instanceof PyLong)) {
        PyErr_SetString(exc.PyExc_TypeError, `complex() second argument must be a number, not '${t.ht_name}'`);
      }
      ir = PyFloat_AsDouble(i);
    }
    im = rIsComplex ? im + ir : ir;
  }
  return new PyComplexObject(re, im, type);
}

/** complex_subtype_from_string */
function complexFromString(text: string, shown: () => string): [number, number] {
  const fail = (): never => PyErr_SetString(exc.PyExc_ValueError, "complex() arg is a malformed string");
  let s = text.trim();
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  if (s === "") fail();
  const num = "(?:(?:[0-9](?:_?[0-9])*)?(?:\\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan)";
  const m = new RegExp(`^([+-]?${num})?(?:([+-]${num}?)[jJ])?$`, "i").exec(s);
  const pure = new RegExp(`^([+-]?${num}?)[jJ]$`, "i").exec(s);
  const parse = (t: string): number => float_from_string(t, shown);
  try {
    if (pure) {
      const t = pure[1];
      return [0, t === "" || t === "+" ? 1 : t === "-" ? -1 : parse(t)];
    }
    if (!m || (m[1] === undefined && m[2] === undefined)) fail();
    const re = m![1] !== undefined && m![1] !== "" ? parse(m![1]) : 0;
    let im = 0;
    if (m![2] !== undefined) im = m![2] === "+" ? 1 : m![2] === "-" ? -1 : parse(m![2]);
    return [re, im];
  } catch (e) {
    if (e instanceof exc.PyBaseException && exc.PyType_IsSubtypeFast(Py_TYPE(e), exc.PyExc_ValueError)) fail();
    throw e;
  }
}

export const PyComplex_Type: PyTypeObject = PyType_FromSpec({
  name: "complex",
  base: PyBaseObject_Type,
  flags: Py_TPFLAGS_BASETYPE,
  instanceClass: PyComplexObject,
  doc: "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.",
  slots: {
    tp_new: complex_new,
    tp_repr: complex_repr,
    tp_hash: complex_hash,
    tp_richcompare: complex_richcompare,
    nb_add: binop((a, b) => [a[0] + b[0], a[1] + b[1]]),
    nb_subtract: binop((a, b) => [a[0] - b[0], a[1] - b[1]]),
    nb_multiply: binop((a, b) => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]]),
    nb_true_divide: binop(c_quot),
    nb_power: complex_pow,
    nb_negative: (o) => new PyComplexObject(-(o as PyComplexObject).real, -(o as PyComplexObject).imag),
    nb_positive: (o) => new PyComplexObject((o as PyComplexObject).real, (o as PyComplexObject).imag),
    nb_absolute: (o) => {
      const c = o as PyComplexObject;
      const r = Math.hypot(c.real, c.imag);
      if (!Number.isFinite(r) && Number.isFinite(c.real) && Number.isFinite(c.imag)) PyErr_SetString(exc.PyExc_OverflowError, "absolute value too large");
      return new PyFloat(r);
    },
    nb_bool: (o) => (o as PyComplexObject).real !== 0 || (o as PyComplexObject).imag !== 0,
  },
  methods: [
    { name: "conjugate", meth: (c: PyComplexObject) => new PyComplexObject(c.real, -c.imag), flags: METH_NOARGS },
    { name: "__getnewargs__", meth: (c: PyComplexObject) => PyTuple_FromArray([new PyFloat(c.real), new PyFloat(c.imag)]), flags: METH_NOARGS },
    { name: "__complex__", meth: (c: PyComplexObject) => (Py_TYPE(c) === PyComplex_Type ? c : new PyComplexObject(c.real, c.imag)), flags: METH_NOARGS },
  ],
  getsets: [
    { name: "real", get: (c: PyComplexObject) => new PyFloat(c.real), doc: "the real part of a complex number" },
    { name: "imag", get: (c: PyComplexObject) => new PyFloat(c.imag), doc: "the imaginary part of a complex number" },
  ],
});

void PyErr_NewException;
