import 'reflect-metadata';
import cluster from 'node:cluster';
import { APP_CONFIG, parseAppConfig, type AppConfig } from '@rujukan/platform';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './bootstrap.js';
import { runWorkers } from './workers.js';

// Read here only to choose the modules and the process layout; the app validates and provides its own copy.
const settings = parseAppConfig(process.env);
if (settings.API_WORKERS > 1 && cluster.isPrimary) {
  await runWorkers(settings, settings.API_WORKERS);
} else {
  const app = await createApiApp({ withProjector: settings.RUN_PROJECTOR });
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.PORT, config.HOST);
  app.get(Logger).log(`Rujukan API on http://${config.HOST}:${config.PORT} (OpenAPI at /docs)`, 'Bootstrap');
}
