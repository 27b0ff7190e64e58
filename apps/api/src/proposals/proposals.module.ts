import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { AttachmentsOnAcceptModule } from '../files/attachments-on-accept.js';
import { MailsModule } from '../mails/mails.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { VocabulariesModule } from '../vocabularies/vocabularies.module.js';
import { ProposalLoaderFactory } from './proposal.loaders.js';
import { InstrumentProposalResolver, ProposalsResolver } from './proposals.resolver.js';
import { ProposalsQueries } from './proposals.queries.js';
import { ProposalsService } from './proposals.service.js';

@Module({
  imports: [CatalogueModule, VocabulariesModule, NotificationsModule, AttachmentsOnAcceptModule, MailsModule],
  providers: [ProposalsService, ProposalsQueries, ProposalsResolver, InstrumentProposalResolver, ProposalLoaderFactory],
  exports: [ProposalLoaderFactory],
})
export class ProposalsModule {}
