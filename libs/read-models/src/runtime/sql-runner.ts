/** Anything that runs SQL with parameters: a TypeORM DataSource or EntityManager, a pg client or pool. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}
