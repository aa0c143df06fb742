import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ProjectorAppModule } from './projector-app.module.js';

const app = await NestFactory.createApplicationContext(ProjectorAppModule, { bufferLogs: true });
app.useLogger(app.get(Logger));
app.enableShutdownHooks();
await app.init();
