/** ESM + ts-jest: run with NODE_OPTIONS=--experimental-vm-modules (see package.json "test"). */
export default {
  // Node's environment; a test's own stdout is shown only when it fails (test/harness/quiet-environment.mjs).
  testEnvironment: '<rootDir>/test/harness/quiet-environment.mjs',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testTimeout: 60000,
  // One temporary folder per run, removed at the end (test/harness/temp-setup.mjs).
  globalSetup: '<rootDir>/test/harness/temp-setup.mjs',
  globalTeardown: '<rootDir>/test/harness/temp-teardown.mjs',
  // The e2e suites spawn real processes; two workers match the machines' two cores.
  maxWorkers: 2,
  // npm run coverage (scripts/coverage.ts) adds the e2e runs' coverage of dist/ to this in-process figure.
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['json']
}
