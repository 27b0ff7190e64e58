import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../accounts/require-role.decorator.js';
import {
  ChangeInstrumentStatusInput,
  CreateInstrumentInput,
  RetireInstrumentInput,
  UpdateInstrumentInput,
} from './curation.inputs.js';
import { CurationService } from './curation.service.js';
import { Instrument } from './instrument.model.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import type { Viewer } from '../accounts/viewer.js';

/** The working group's maintenance of the catalogue. */
@RequireRole('CURATOR')
@Resolver(() => Instrument)
export class CurationResolver {
  constructor(private readonly curation: CurationService) {}

  @Mutation(() => Instrument)
  async createInstrument(@Args('input') input: CreateInstrumentInput, @CurrentViewer() viewer: Viewer): Promise<Instrument> {
    return this.curation.create(input, viewer);
  }

  @Mutation(() => Instrument, { description: 'Changes the given fields; `version` must be the current one.' })
  async updateInstrument(@Args('input') input: UpdateInstrumentInput, @CurrentViewer() viewer: Viewer): Promise<Instrument> {
    return this.curation.update(input, viewer);
  }

  @Mutation(() => Instrument, { description: 'One lifecycle step; a step back or retirement needs a note.' })
  async changeInstrumentStatus(
    @Args('input') input: ChangeInstrumentStatusInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Instrument> {
    return this.curation.changeStatus(input, viewer);
  }

  @Mutation(() => Instrument, { description: 'Retires the instrument from any status, with a note why.' })
  async retireInstrument(@Args('input') input: RetireInstrumentInput, @CurrentViewer() viewer: Viewer): Promise<Instrument> {
    return this.curation.retire(input, viewer);
  }
}
