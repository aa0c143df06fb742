import { Module } from '@nestjs/common';
import { allMigrations } from '@rujukan/read-models';
import { ProjectorModule, ReadModelsModule } from '@rujukan/server';
import { AppConfigModule, DatabaseModule, LoggingModule } from '@rujukan/platform';

/** The projector on its own: production runs it apart from the API, one active runner per projection. */
@Module({
  imports: [AppConfigModule, LoggingModule, DatabaseModule.forRoot({ migrations: allMigrations }), ReadModelsModule, ProjectorModule],
})
export class ProjectorAppModule {}
