// The generated AST classes: constructors, metadata, singletons.
import * as ast from "./ast";

test("constructor takes the fields in order, then the attributes", () => {
  const x = new ast.Name("x", ast.Load, 1, 0, 1, 1);
  const one = new ast.Constant(1n, null, 1, 4, 1, 5);
  const n = new ast.BinOp(x, ast.Add, one, 1, 0, 1, 5);
  expect(Object.keys(n)).toEqual(["left", "op", "right", "lineno", "col_offset", "end_lineno", "end_col_offset"]);
  expect(n.left).toBe(x);
  expect(n.end_col_offset).toBe(5);
  expect(n).toBeInstanceOf(ast.expr);
  expect(n).toBeInstanceOf(ast.AST);
  expect(ast.nodeClass(n)._fields).toEqual(["left", "op", "right"]);
  expect(ast.nodeClass(n)._attributes).toEqual(["lineno", "col_offset", "end_lineno", "end_col_offset"]);
});

test("operators and contexts are singletons named as Python names them", () => {
  expect(ast.Add).toBeInstanceOf(ast.operator);
  expect(ast.Add).toBeInstanceOf(ast.Add_);
  expect(ast.nodeClass(ast.Add)._name).toBe("Add");
  expect(ast.nodeClass(ast.Load)._name).toBe("Load");
  expect(ast.Load).toBeInstanceOf(ast.expr_context);
  expect(ast.nodeClass(ast.NotIn)._fields).toEqual([]);
});

test("products without attributes, the `arguments` alias and the class table", () => {
  const a = new ast.arguments([], [], null, [], [], null, []);
  expect(a).toBeInstanceOf(ast.arguments_);
  expect(ast.nodeClass(a)._name).toBe("arguments");
  expect(Object.keys(a)).toEqual(["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"]);
  expect(ast.astClasses.get("arguments")).toBe(ast.arguments_);
  expect(ast.astClasses.get("Add")).toBe(ast.Add_);
  expect(ast.astBases.get("BinOp")).toBe("expr");
  expect(ast.astBases.get("comprehension")).toBe("AST");
  const specs = ast.nodeClass(new ast.Return(null, 1, 0, 1, 6))._fieldSpecs;
  expect(specs).toEqual([{ name: "value", type: "expr", opt: true, seq: false }]);
  expect(ast.EllipsisValue).toBe(ast.EllipsisType.instance);
  expect(new ast.ComplexValue(0, 2).imag).toBe(2);
});
