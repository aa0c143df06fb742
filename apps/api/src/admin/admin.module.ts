import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DirectoryController } from './directory.controller.js';
import { DirectorySeed } from './directory-seed.service.js';
import { NotificationsController } from './notifications.controller.js';

@Module({
  imports: [AuthModule],
  controllers: [DirectoryController, NotificationsController],
  providers: [DirectorySeed],
})
export class AdminModule {}
