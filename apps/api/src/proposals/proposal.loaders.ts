import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Proposal, ProposalEvent } from './proposal.model.js';
import { ProposalsService } from './proposals.service.js';

export interface ProposalLoaders {
  byInstrument: DataLoader<string, Proposal | null>;
  events: DataLoader<string, ProposalEvent[]>;
}

@Injectable()
export class ProposalLoaderFactory {
  constructor(private readonly proposals: ProposalsService) {}

  create(): ProposalLoaders {
    return {
      byInstrument: new DataLoader((ids) => this.proposals.byInstrumentIds(ids)),
      events: new DataLoader((ids) => this.proposals.eventsOf(ids)),
    };
  }
}
