import type { Command } from 'commander';
import { AGENCY_TYPES, isAgencyCode, isDistrictCode, isProvinceCode } from '@rujukan/domain';
import { createEventStore, migrate, openDatabase, parseAppConfig } from '@rujukan/platform';
import { agencyStatus, allMigrations, recordAgency } from '@rujukan/read-models';
import { DataSource } from 'typeorm';
import { userInfo } from 'node:os';

/** Records an agency from the operator's terminal: the first administrator's agency, or a deactivation or merger. */
export function registerAgencies(program: Command): void {
  program
    .command('agencies')
    .description('the directory of agencies (administrators use PUT /admin/agencies/:code)')
    .command('put <code>')
    .description('record an agency with a name, type and region; --inactive or --merged-into <code> when it no longer acts')
    .requiredOption('--name <name>', 'the agency as people name it')
    .requiredOption('--type <type>', `one of ${AGENCY_TYPES.join(', ')}`)
    .option('--province <code>', 'Kemendagri province code, e.g. 64')
    .option('--district <code>', 'Kemendagri district code, e.g. 6471')
    .option('--inactive', 'the agency no longer acts')
    .option('--merged-into <code>', 'the agency that took over its work (implies --inactive)')
    .action(async (code: string, options: { name: string; type: string; province?: string; district?: string; inactive?: boolean; mergedInto?: string }) => {
      if (!isAgencyCode(code)) throw new Error('code must be an agency code (letters, digits, . _ : -; at most 64)');
      if (!(AGENCY_TYPES as readonly string[]).includes(options.type)) throw new Error(`--type must be one of ${AGENCY_TYPES.join(', ')}`);
      if (options.province !== undefined && !isProvinceCode(options.province)) throw new Error('--province must be a 2-digit Kemendagri code');
      if (options.district !== undefined && (!isDistrictCode(options.district) || (options.province && !options.district.startsWith(options.province)))) {
        throw new Error('--district must be a 4-digit Kemendagri code in --province');
      }
      if (options.mergedInto !== undefined && (!isAgencyCode(options.mergedInto) || options.mergedInto === code))
        throw new Error('--merged-into must name another agency');
      const config = parseAppConfig(process.env);
      const database = await openDatabase(config);
      await migrate(database, allMigrations);
      const store = createEventStore(config, database, () => undefined);
      const dataSource = new DataSource({ type: 'postgres', url: database.url });
      await dataSource.initialize();
      try {
        if (options.mergedInto !== undefined && (await agencyStatus(dataSource, options.mergedInto)) !== 'active') {
          throw new Error(`--merged-into ${options.mergedInto} is not an active agency of the directory`);
        }
        const agency = {
          code,
          name: options.name,
          type: options.type,
          provinceCode: options.province ?? null,
          districtCode: options.district ?? null,
          active: !options.inactive && options.mergedInto === undefined,
          mergedInto: options.mergedInto ?? null,
        };
        await recordAgency(store, dataSource, agency, { userId: `cli:${userInfo().username}`, role: 'administrator', agency: 'CLI' });
        console.log(`recorded ${code}: ${agency.type}, ${agency.active ? 'active' : agency.mergedInto ? `merged into ${agency.mergedInto}` : 'inactive'}`);
      } finally {
        await dataSource.destroy();
        await store.close();
        await database.close();
      }
    });
}
