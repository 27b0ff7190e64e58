import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { PracticeReport } from './practice-report.model.js';
import { PracticeReportsService } from './practice-reports.service.js';

/** How many published reports an instrument page shows; the list page has the rest. */
export const INSTRUMENT_PRACTICE_REPORTS = 10;

export interface PracticeReportLoaders {
  publishedOf: DataLoader<string, PracticeReport[]>;
  publishedCount: DataLoader<string, number>;
}

/** Per-request loaders (the request context's `practiceReports`): one statement for a page's reports, one for their counts. */
@Injectable()
export class PracticeReportLoaderFactory {
  constructor(private readonly service: PracticeReportsService) {}

  create(): PracticeReportLoaders {
    return {
      publishedOf: new DataLoader((ids) => this.service.publishedOf(ids, INSTRUMENT_PRACTICE_REPORTS)),
      publishedCount: new DataLoader((ids) => this.service.publishedCounts(ids)),
    };
  }
}
