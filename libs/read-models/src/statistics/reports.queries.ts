import type { ReportRegion, YearlyCounts } from '@rujukan/domain';
import type { DataSource } from 'typeorm';
import { loadYearlyCounts } from './yearly-counts.query.js';

/** The counts a yearly report is drawn from, for the API's report route. */
export class YearlyReportQueries {
  constructor(private readonly dataSource: DataSource) {}

  counts(year: number, region: ReportRegion): Promise<YearlyCounts> {
    return loadYearlyCounts(this.dataSource, year, region);
  }
}
