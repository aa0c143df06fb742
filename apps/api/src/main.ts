import 'reflect-metadata';
import { parseAppConfig } from '@rujukan/platform';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './bootstrap.js';

const config = parseAppConfig(process.env);
const app = await createApiApp({ withProjector: config.RUN_PROJECTOR });
await app.listen(config.PORT, config.HOST);
app.get(Logger).log(`Rujukan API on http://${config.HOST}:${config.PORT} (OpenAPI at /docs)`, 'Bootstrap');
