console.error("regrtest: not built yet"); process.exitCode = 2;
