import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../accounts/require-role.decorator.js';
import type { Viewer } from '../accounts/viewer.js';
import { Instrument } from '../catalogue/instrument.model.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import type { RequestContext } from '../graphql/request-context.js';
import { AssessEvidenceInput } from './assess-evidence.input.js';
import { EvidenceAssessment } from './evidence-assessment.model.js';
import { EvidenceService } from './evidence.service.js';

/** The evidence behind a level: the assessments of an instrument, and the curators' new ones. */
@Resolver(() => Instrument)
export class EvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @ResolveField(() => [EvidenceAssessment], {
    description: 'Every assessment of the evidence level, newest first; the first is the current level (`evidenceLevel`).',
  })
  async evidenceAssessments(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<EvidenceAssessment[]> {
    return ctx.loaders.evidence.assessments.load(instrument.id);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Instrument, { description: 'Sets the evidence level with a reason and its sources; the history keeps every assessment.' })
  async assessEvidence(@Args('input') input: AssessEvidenceInput, @CurrentViewer() viewer: Viewer): Promise<Instrument> {
    return this.evidence.assess(input, viewer);
  }
}
