// npm run doctor: prints the reference CPython that every other part of Taipan uses, or the fix.
import { locateCPython, CPythonNotFound } from "./cpython";

try {
  const py = locateCPython();
  console.log(`reference CPython: ${py.version}`);
  console.log(`  command:     ${py.command}`);
  console.log(`  executable:  ${py.executable}`);
  console.log(`  stdlib:      ${py.stdlib}`);
  console.log(`  test suite:  ${py.testDir}`);
  console.log(`node: ${process.version}`);
} catch (e) {
  if (!(e instanceof CPythonNotFound)) throw e;
  console.error(`doctor: ${e.message}`);
  console.error(`  fix: ${e.fix}`);
  process.exit(1);
}
