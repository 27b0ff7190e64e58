import { Context, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context.js';
import { Vocabularies } from './vocabulary-term.model.js';
import { EVIDENCE_TERMS, ORIGIN_TERMS, STATUS_TERMS } from './vocabulary.service.js';

@Resolver()
export class VocabulariesResolver {
  @Query(() => Vocabularies, { description: 'Every vocabulary with Dutch and English labels, in display order.' })
  async vocabularies(@Context() ctx: RequestContext): Promise<Vocabularies> {
    const { terms } = await ctx.loaders.vocabulary();
    return {
      phases: terms.phase,
      types: terms.type,
      audiences: terms.audience,
      sectors: terms.sector,
      tags: terms.tag,
      statuses: STATUS_TERMS,
      evidenceLevels: EVIDENCE_TERMS,
      origins: ORIGIN_TERMS,
    };
  }
}
