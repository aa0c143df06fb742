const swc = JSON.parse((await import('node:fs')).readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper: {
    '^@rujukan/(domain|event-store|read-models|platform|application|commands|server)$': '<rootDir>/libs/$1/src/index.ts',
    '^@rujukan/(domain|event-store|read-models|platform|application|commands|server)/(.*)\\.js$': '<rootDir>/libs/$1/src/$2.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.js',
  globalTeardown: '<rootDir>/test/setup/global-teardown.js',
  testTimeout: 30000,
  // Jest's summary counts skipped tests; this names each one with its reason (and fails on a skip without one).
  reporters: ['default', '<rootDir>/test/setup/skipped-reporter.js'],
};
