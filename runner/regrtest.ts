// Entry point of `npm run regrtest` (bundled to dist/regrtest.js by `npm run build`).
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug of the runner itself: say so plainly (regrtest's WORKER_BUG exit code).
    process.stderr.write(`regrtest: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
