// The table of generated files: each names its output, its source and its generator.
// Add a row here when a new generated file appears.
import { generateOpcodeIds } from "./opcode";
import { generateToken } from "./token";
import { generateUnicodeTypeDb } from "./unicodedata";
import { generateSourceCodecs } from "./source_codecs";
import { generateAstTs } from "./asdl_ts";
import { generatePythonParser } from "../pegen/build";
import { generateUnicodeNameDb } from "./unicodename";

export interface Generator {
  output: string;
  source: string;
  generate(): string;
}

export const generators: Generator[] = [
  { output: "src/Python/opcode_ids.ts", source: "the reference CPython's opcode module", generate: generateOpcodeIds },
  { output: "src/Parser/token.ts", source: "the reference CPython's token module", generate: generateToken },
  { output: "src/Objects/unicodetype_db.ts", source: "the reference CPython's unicodedata and str", generate: generateUnicodeTypeDb },
  { output: "src/Parser/source_codecs.ts", source: "the reference CPython's encodings package", generate: generateSourceCodecs },
  { output: "src/Parser/ast.ts", source: "src/Parser/python.asdl, checked against the reference CPython's ast module", generate: generateAstTs },
  { output: "src/Modules/unicodename_db.ts", source: "the reference CPython's unicodedata names and src/Modules/unicodename_aliases.txt", generate: generateUnicodeNameDb },
  { output: "src/Parser/parser.ts", source: "src/Grammar/python.gram (scripts/pegen)", generate: generatePythonParser },
];
