// Unit tests sit beside the code they test (src/**/x.test.ts, runner/**/x.test.ts).
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/runner", "<rootDir>/scripts"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  testTimeout: 60000,
};
