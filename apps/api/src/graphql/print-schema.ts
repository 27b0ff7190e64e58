/**
 * Prints the code-first schema as SDL, sorted, without a database: the same resolvers the app
 * registers. `npm run schema:print > schema.gql` refreshes the committed copy; a test compares.
 */
import 'reflect-metadata';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AccountsResolver } from '../accounts/accounts.resolver.js';
import { AccountSelfServiceResolver } from '../accounts/account-self-service.resolver.js';
import { CurationResolver } from '../catalogue/curation.resolver.js';
import { InstrumentsResolver } from '../catalogue/instruments.resolver.js';
import { InstrumentLineageResolver } from '../catalogue/instrument-lineage.resolver.js';
import { InstrumentRatingsResolver } from '../ratings/instrument-ratings.resolver.js';
import { RatingsResolver } from '../ratings/ratings.resolver.js';
import { InstrumentProposalResolver, ProposalsResolver } from '../proposals/proposals.resolver.js';
import { OverviewResolver } from '../overview/overview.resolver.js';
import { SynonymsResolver } from '../search/synonyms.resolver.js';
import { VocabulariesResolver } from '../vocabularies/vocabularies.resolver.js';
import { VocabularyAdminResolver } from '../vocabularies/vocabulary-admin.resolver.js';
import { EvidenceResolver } from '../evidence/evidence.resolver.js';
import { InstrumentDerivationResolver } from '../lineage/instrument-derivation.resolver.js';
import { InstrumentPilotsResolver, PilotsResolver } from '../pilots/pilots.resolver.js';
import { SignInOptionsResolver } from '../accounts/oidc/sign-in-options.resolver.js';
import { InstrumentPracticeReportsResolver, PracticeReportsResolver } from '../practice-reports/practice-reports.resolver.js';
import { FilesResolver, InstrumentFilesResolver, ProposalAttachmentsResolver } from '../files/files.resolver.js';
import { MailsResolver } from '../mails/mails.resolver.js';
import { FinderResolver } from '../finder/finder.resolver.js';
import { CollectionItemResolver, CollectionsResolver, InstrumentCollectionsResolver } from '../collections/collections.resolver.js';
import { CollectionFollowResolver, FollowingResolver, InstrumentFollowResolver } from '../following/following.resolver.js';

export const RESOLVERS = [
  InstrumentsResolver,
  CurationResolver,
  VocabulariesResolver,
  VocabularyAdminResolver,
  OverviewResolver,
  AccountsResolver,
  RatingsResolver,
  InstrumentRatingsResolver,
  ProposalsResolver,
  InstrumentProposalResolver,
  SynonymsResolver,
  InstrumentLineageResolver,
  SignInOptionsResolver,
  AccountSelfServiceResolver,
  EvidenceResolver,
  InstrumentDerivationResolver,
  PilotsResolver,
  InstrumentPilotsResolver,
  PracticeReportsResolver,
  InstrumentPracticeReportsResolver,
  FilesResolver,
  InstrumentFilesResolver,
  ProposalAttachmentsResolver,
  MailsResolver,
  FinderResolver,
  CollectionsResolver,
  CollectionItemResolver,
  InstrumentCollectionsResolver,
  FollowingResolver,
  InstrumentFollowResolver,
  CollectionFollowResolver,
];

export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(await buildSchemaSdl());
}
