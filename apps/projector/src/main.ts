import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppLogger } from '@rujukan/platform';
import { ProjectorAppModule } from './projector-app.module.js';

const app = await NestFactory.createApplicationContext(ProjectorAppModule, { bufferLogs: true });
app.useLogger(app.get(AppLogger));
// After a clean stop on SIGTERM or Ctrl-C the process exits 0 (by default Nest re-raises the signal: status 143).
app.enableShutdownHooks(undefined, { useProcessExit: true });
await app.init();
