import { Injectable } from '@nestjs/common';
import { PROTOTYPE_STATUS_LABELS, type PrototypeStatus, type ReferenceVocabulary } from '#domain';
import { badInput } from '../common/domain-error.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';
import { FinderQueries, USABLE_STATUSES } from './finder.queries.js';
import type { RecommendInstrumentsInput } from './recommend-instruments.input.js';
import type { Recommendation, TimeAvailable } from './recommendation.model.js';

/** The upper bound in minutes of each time answer; MORE has none. */
const TIME_MINUTES: Record<TimeAvailable, number | null> = { UP_TO_1_HOUR: 60, HALF_DAY: 240, MORE: null };

/** The guided finder: checks a need profile against the vocabularies and ranks instruments for it. */
@Injectable()
export class FinderService {
  constructor(
    private readonly queries: FinderQueries,
    private readonly vocabularies: VocabularyService,
  ) {}

  async recommend(input: RecommendInstrumentsInput): Promise<Recommendation[]> {
    const vocabulary = await this.vocabularies.snapshot();
    const check = (field: string, codes: readonly string[], ...names: ReferenceVocabulary[]) => {
      const unknown = codes.filter((code) => !names.some((name) => vocabulary.termByCode(name, code)));
      if (unknown.length) throw badInput(`Unknown ${field} code ${unknown.map((c) => `"${c}"`).join(', ')}.`, `input.${field}`);
    };
    const goals = input.goals ?? [];
    const audiences = input.audiences ?? [];
    if (input.phase) check('phase', [input.phase], 'phase');
    check('goals', goals, 'tag', 'type');
    if (input.sector) check('sector', [input.sector], 'sector');
    check('audiences', audiences, 'audience');
    const rows = await this.queries.recommend({
      phase: input.phase ?? null,
      goals,
      sector: input.sector ?? null,
      audiences,
      timeGiven: input.timeAvailable !== undefined && input.timeAvailable !== null,
      maxMinutes: input.timeAvailable ? TIME_MINUTES[input.timeAvailable] : null,
      first: input.first,
    });
    return rows.map((row) => {
      const status = row.status as PrototypeStatus;
      const usable = (USABLE_STATUSES as readonly string[]).includes(status);
      const label = PROTOTYPE_STATUS_LABELS[status];
      return {
        instrumentId: row.instrumentId,
        score: row.score,
        reasons: usable ? [...row.reasons, { kind: 'USABLE' as const, code: status, labelNl: label.nl, labelEn: label.en }] : row.reasons,
      };
    });
  }
}
