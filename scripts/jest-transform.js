// Jest transform: TypeScript to CommonJS with esbuild (already our bundler), no type checking
// (npm run typecheck does that).
const { transformSync } = require("esbuild");

module.exports = {
  process(source, filename) {
    const r = transformSync(source, { loader: "ts", format: "cjs", target: "node20", sourcemap: "inline", sourcefile: filename });
    return { code: r.code };
  },
};
