// Unit tests sit beside the code they test (src/**/x.test.ts, runner/**/x.test.ts).
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/runner", "<rootDir>/scripts"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": "<rootDir>/scripts/jest-transform.js" },
  testTimeout: 60000,
};
