import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../graphql/request-context.js';
import type { PracticeReport } from './practice-report.model.js';
import { PracticeReportsService } from './practice-reports.service.js';

/** How many published reports an instrument page shows; the list page has the rest. */
export const INSTRUMENT_PRACTICE_REPORTS = 10;

export interface PracticeReportLoaders {
  publishedOf: DataLoader<string, PracticeReport[]>;
  publishedCount: DataLoader<string, number>;
}

/**
 * Per-request loaders, kept beside the request's context (one set per context object, gone with
 * it), so a page of instruments costs one statement for their reports and one for their counts.
 */
@Injectable()
export class PracticeReportLoaderFactory {
  private readonly byContext = new WeakMap<RequestContext, PracticeReportLoaders>();

  constructor(private readonly service: PracticeReportsService) {}

  of(context: RequestContext): PracticeReportLoaders {
    let loaders = this.byContext.get(context);
    if (!loaders) {
      loaders = {
        publishedOf: new DataLoader((ids) => this.service.publishedOf(ids, INSTRUMENT_PRACTICE_REPORTS)),
        publishedCount: new DataLoader((ids) => this.service.publishedCounts(ids)),
      };
      this.byContext.set(context, loaders);
    }
    return loaders;
  }
}
