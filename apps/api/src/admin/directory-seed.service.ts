import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { DirectoryQueries } from '@rujukan/read-models';
import { readDirectoryFile } from '@rujukan/commands';

// Who recorded the agencies of a directory imported at start, as the directory's events name it.
const START_IMPORT = { userId: 'directory-seed', role: 'administrator', agency: 'SYSTEM' };

/**
 * With DIRECTORY_SEED_FILE (set by `npm start`), a fresh installation starts with the agencies of that file, so
 * the console can be signed into at once. An existing directory is never touched: that is `cli directory import`.
 */
@Injectable()
export class DirectorySeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('Directory');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: DirectoryQueries,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const file = this.config.DIRECTORY_SEED_FILE;
    if (!file || !(await this.directory.isEmpty())) return;
    const agencies = await readDirectoryFile(file);
    const report = await this.directory.importIntoEmpty(agencies, START_IMPORT);
    if (report) this.logger.log(`the directory was empty: imported ${report.added.length} agencies from ${file}`);
  }
}
