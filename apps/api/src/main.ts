import 'reflect-metadata';
import cluster from 'node:cluster';
import { APP_CONFIG, AppLogger, parseAppConfig, type AppConfig } from '@rujukan/platform';
import { createApiApp } from './bootstrap.js';
import { runWorkers } from './workers.js';

const on = (value: string | undefined): boolean => value === 'true' || value === '1';

/** What `npm start` turns on that production never has, for the line that says so at start. */
function developmentFeatures(env: NodeJS.ProcessEnv, config: AppConfig): string[] {
  return [
    ...(on(env.AUTH_DEV_SIGN_IN) ? ['development sign-in, which records a new user it signs in'] : []),
    ...(on(env.DEVELOPMENT_SECRETS) ? ['built-in development keys (tokens, identity, audit anchors)'] : []),
    ...(config.DIRECTORY_SEED_FILE ? [`the directory filled from ${config.DIRECTORY_SEED_FILE} when empty`] : []),
  ];
}

// Read here only to choose the modules and the process layout; the app validates and provides its own copy.
const settings = parseAppConfig(process.env);
if (settings.API_WORKERS > 1 && cluster.isPrimary) {
  await runWorkers(settings, settings.API_WORKERS);
} else {
  const app = await createApiApp({ withProjector: settings.RUN_PROJECTOR });
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.PORT, config.HOST);
  const logger = app.get(AppLogger);
  logger.log(`Rujukan API on http://${config.HOST}:${config.PORT} (OpenAPI at /docs), Node.js ${process.version}`, 'Bootstrap');
  const development = developmentFeatures(process.env, config);
  if (development.length > 0) {
    logger.log(`development configuration: ${development.join('; ')}. Production (NODE_ENV=production, the image) has none of it`, 'Bootstrap');
  }
}
