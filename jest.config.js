/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
  // Every card Silta sends in a test is checked; a bad card fails that test (test/support/cardGate.ts).
  setupFilesAfterEnv: ['<rootDir>/test/support/cardGateSetup.ts'],
};
