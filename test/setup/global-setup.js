// Jest loads global setup outside its own transform pipeline: register the TypeScript loader the CLI uses.
await import('@swc-node/register/esm-register');
const { default: globalSetup } = await import('./embedded-database.ts');
export default globalSetup;
