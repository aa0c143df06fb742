import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The caseworker console: React 19 built by Vite 8, which transforms TSX itself (oxc), so no React plugin.
 * The API serves the result at `/` (dist/web); `outDir` lets the browser specs build into a temporary directory.
 */
export function webConfig(outDir = fileURLToPath(new URL('../../dist/web', import.meta.url))): UserConfig {
  return {
    root,
    base: '/',
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic' } },
    // The closed vocabularies and roles come from the domain itself: one list for the API's validation and the console's forms,
    // which are declared beside each command in libs/commands (`<area>.forms.ts`, plain TypeScript on the domain).
    resolve: {
      alias: {
        '@rujukan/command-forms': fileURLToPath(new URL('../../libs/commands/src/command-forms.ts', import.meta.url)),
        '@rujukan/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
      },
    },
    build: {
      outDir,
      emptyOutDir: true,
      // Every script is a file the API serves from its own origin: the CSP allows no inline script.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      sourcemap: false,
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        // The domain is pure (no module runs anything when loaded): of its index, only what the console uses is bundled.
        treeshake: { moduleSideEffects: (id) => !id.includes('/libs/domain/src/') },
        // react-router marks its modules "use client" for server components; a plain browser bundle ignores it.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  };
}

export default defineConfig(webConfig());
