import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DevelopmentUsers } from './development-users.js';
import { ConsoleQueriesController, WebConsoleController } from './web-console.controller.js';

/** The web console's sign-in and helper routes; the built pages themselves are served by applyWebConsole. */
@Module({
  imports: [AuthModule],
  controllers: [WebConsoleController, ConsoleQueriesController],
  providers: [DevelopmentUsers],
})
export class WebModule {}
