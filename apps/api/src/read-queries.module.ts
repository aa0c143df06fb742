import { Global, Module } from '@nestjs/common';
import { READ_QUERY_PROVIDERS } from '@rujukan/server';

/** The read models' queries, for every module's routes to inject. */
@Global()
@Module({ providers: READ_QUERY_PROVIDERS, exports: READ_QUERY_PROVIDERS.map((p) => p.provide) })
export class ReadQueriesModule {}
