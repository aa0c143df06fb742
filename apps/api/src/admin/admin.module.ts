import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DirectoryController } from './directory.controller.js';

@Module({
  imports: [AuthModule],
  controllers: [DirectoryController],
})
export class AdminModule {}
