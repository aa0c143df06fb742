import 'reflect-metadata';
import { APP_CONFIG, parseAppConfig, type AppConfig } from '@rujukan/platform';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './bootstrap.js';

// Read here only to choose the modules; the app validates and provides its own copy.
const app = await createApiApp({ withProjector: parseAppConfig(process.env).RUN_PROJECTOR });
const config = app.get<AppConfig>(APP_CONFIG);
await app.listen(config.PORT, config.HOST);
app.get(Logger).log(`Rujukan API on http://${config.HOST}:${config.PORT} (OpenAPI at /docs)`, 'Bootstrap');
