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
  // Spec files run in a worker that is replaced once it holds more than this after a file: every file loads the whole
  // module graph again into its own VM context, and in one process (Jest's choice on a 2-core machine) that grew past
  // the 4 GB heap. A limit also makes Jest use a worker where it would otherwise run in band.
  workerIdleMemoryLimit: '1536MB',
  // Jest's summary counts skipped tests; this names each one with its reason (and fails on a skip without one).
  reporters: ['default', '<rootDir>/test/setup/skipped-reporter.js'],
};
