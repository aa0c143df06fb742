import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ports, airports and land crossings administrators add to the list shipped in data/ports/ports.json. */
export class CreatePorts1796671023064 implements MigrationInterface {
  name = 'CreatePorts1796671023064';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ports (
        code text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('seaport', 'airport', 'land_crossing')),
        country text NOT NULL,
        province_code text,
        district_code text,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ports`);
  }
}
