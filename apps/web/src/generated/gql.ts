/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AwaitingReview {\n    proposalsAwaitingReview\n  }\n": typeof types.AwaitingReviewDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query CatalogueInstruments($filter: InstrumentFilter, $search: String, $sort: InstrumentSort, $first: Int, $after: String) {\n    instruments(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          status\n          type {\n            code\n            labelNl\n            labelEn\n          }\n          phases {\n            code\n            labelNl\n            labelEn\n          }\n          ratingSummary {\n            average\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogueInstrumentsDocument,
    "\n  query CatalogueFacets($filter: InstrumentFilter, $search: String) {\n    instrumentFacets(filter: $filter, search: $search) {\n      name\n      values {\n        code\n        labelNl\n        labelEn\n        count\n        selected\n      }\n    }\n  }\n": typeof types.CatalogueFacetsDocument,
    "\n  query InstrumentPage($slug: String!) {\n    instrument(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      description\n      type {\n        code\n        labelNl\n        labelEn\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n      }\n      status\n      evidenceLevel\n      origin\n      ownerOrganisation\n      contactName\n      links {\n        label\n        url\n      }\n      language\n      licence\n      timeNeeded\n      createdAt\n      updatedAt\n      statusHistory {\n        from\n        to\n        note\n        changedBy\n        changedAt\n      }\n      ratingSummary {\n        average\n        count\n        distribution\n      }\n    }\n  }\n": typeof types.InstrumentPageDocument,
    "\n  query OverviewPage {\n    overview {\n      totalInstruments\n      phaseStatusMatrix {\n        phase {\n          code\n          labelNl\n          labelEn\n          count\n        }\n        cells {\n          status\n          count\n        }\n      }\n      byType {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byAudience {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      bySector {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byEvidence {\n        code\n        labelNl\n        labelEn\n        count\n      }\n    }\n    vocabularies {\n      statuses {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n": typeof types.OverviewPageDocument,
    "\n  fragment ProposalFields on Proposal {\n    id\n    status\n    title\n    summary\n    description\n    type {\n      code\n      labelNl\n      labelEn\n    }\n    phases {\n      code\n      labelNl\n      labelEn\n    }\n    audiences {\n      code\n      labelNl\n      labelEn\n    }\n    sectors {\n      code\n      labelNl\n      labelEn\n    }\n    tags {\n      code\n      labelNl\n      labelEn\n    }\n    origin\n    ownerOrganisation\n    contactName\n    contactEmail\n    links {\n      label\n      url\n    }\n    language\n    licence\n    timeNeeded\n    motivation\n    proposerName\n    reviewerName\n    decisionReason\n    createdAt\n    updatedAt\n    version\n    instrument {\n      id\n      slug\n      title\n      status\n    }\n    history {\n      from\n      to\n      reason\n      by\n      at\n    }\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  query MyProposals {\n    myProposals {\n      id\n      status\n      title\n      summary\n      decisionReason\n      createdAt\n      updatedAt\n      instrument {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.MyProposalsDocument,
    "\n  query Proposal($id: String!) {\n    proposal(id: $id) {\n      ...ProposalFields\n    }\n  }\n": typeof types.ProposalDocument,
    "\n  query ProposalVocabularies {\n    vocabularies {\n      types {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n    }\n  }\n": typeof types.ProposalVocabulariesDocument,
    "\n  query SimilarInstruments($title: String!, $summary: String) {\n    similarInstruments(title: $title, summary: $summary) {\n      id\n      kind\n      title\n      slug\n      status\n      score\n    }\n  }\n": typeof types.SimilarInstrumentsDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.UpdateProposalDocument,
    "\n  mutation ResubmitProposal($input: ProposalRefInput!) {\n    resubmitProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.ResubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: ProposalRefInput!) {\n    withdrawProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  query ReviewQueue($status: ProposalStatus, $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          proposerName\n          reviewerName\n          createdAt\n        }\n      }\n    }\n    proposalsAwaitingReview\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation StartReview($input: ProposalRefInput!) {\n    startReview(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.StartReviewDocument,
    "\n  mutation AcceptProposal($input: AcceptProposalInput!) {\n    acceptProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.AcceptProposalDocument,
    "\n  mutation RejectProposal($input: ProposalDecisionInput!) {\n    rejectProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.RejectProposalDocument,
    "\n  mutation RequestChanges($input: ProposalDecisionInput!) {\n    requestChanges(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.RequestChangesDocument,
};
const documents: Documents = {
    "\n  query AwaitingReview {\n    proposalsAwaitingReview\n  }\n": types.AwaitingReviewDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query CatalogueInstruments($filter: InstrumentFilter, $search: String, $sort: InstrumentSort, $first: Int, $after: String) {\n    instruments(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          status\n          type {\n            code\n            labelNl\n            labelEn\n          }\n          phases {\n            code\n            labelNl\n            labelEn\n          }\n          ratingSummary {\n            average\n            count\n          }\n        }\n      }\n    }\n  }\n": types.CatalogueInstrumentsDocument,
    "\n  query CatalogueFacets($filter: InstrumentFilter, $search: String) {\n    instrumentFacets(filter: $filter, search: $search) {\n      name\n      values {\n        code\n        labelNl\n        labelEn\n        count\n        selected\n      }\n    }\n  }\n": types.CatalogueFacetsDocument,
    "\n  query InstrumentPage($slug: String!) {\n    instrument(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      description\n      type {\n        code\n        labelNl\n        labelEn\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n      }\n      status\n      evidenceLevel\n      origin\n      ownerOrganisation\n      contactName\n      links {\n        label\n        url\n      }\n      language\n      licence\n      timeNeeded\n      createdAt\n      updatedAt\n      statusHistory {\n        from\n        to\n        note\n        changedBy\n        changedAt\n      }\n      ratingSummary {\n        average\n        count\n        distribution\n      }\n    }\n  }\n": types.InstrumentPageDocument,
    "\n  query OverviewPage {\n    overview {\n      totalInstruments\n      phaseStatusMatrix {\n        phase {\n          code\n          labelNl\n          labelEn\n          count\n        }\n        cells {\n          status\n          count\n        }\n      }\n      byType {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byAudience {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      bySector {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byEvidence {\n        code\n        labelNl\n        labelEn\n        count\n      }\n    }\n    vocabularies {\n      statuses {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n": types.OverviewPageDocument,
    "\n  fragment ProposalFields on Proposal {\n    id\n    status\n    title\n    summary\n    description\n    type {\n      code\n      labelNl\n      labelEn\n    }\n    phases {\n      code\n      labelNl\n      labelEn\n    }\n    audiences {\n      code\n      labelNl\n      labelEn\n    }\n    sectors {\n      code\n      labelNl\n      labelEn\n    }\n    tags {\n      code\n      labelNl\n      labelEn\n    }\n    origin\n    ownerOrganisation\n    contactName\n    contactEmail\n    links {\n      label\n      url\n    }\n    language\n    licence\n    timeNeeded\n    motivation\n    proposerName\n    reviewerName\n    decisionReason\n    createdAt\n    updatedAt\n    version\n    instrument {\n      id\n      slug\n      title\n      status\n    }\n    history {\n      from\n      to\n      reason\n      by\n      at\n    }\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  query MyProposals {\n    myProposals {\n      id\n      status\n      title\n      summary\n      decisionReason\n      createdAt\n      updatedAt\n      instrument {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.MyProposalsDocument,
    "\n  query Proposal($id: String!) {\n    proposal(id: $id) {\n      ...ProposalFields\n    }\n  }\n": types.ProposalDocument,
    "\n  query ProposalVocabularies {\n    vocabularies {\n      types {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n    }\n  }\n": types.ProposalVocabulariesDocument,
    "\n  query SimilarInstruments($title: String!, $summary: String) {\n    similarInstruments(title: $title, summary: $summary) {\n      id\n      kind\n      title\n      slug\n      status\n      score\n    }\n  }\n": types.SimilarInstrumentsDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.UpdateProposalDocument,
    "\n  mutation ResubmitProposal($input: ProposalRefInput!) {\n    resubmitProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.ResubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: ProposalRefInput!) {\n    withdrawProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  query ReviewQueue($status: ProposalStatus, $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          proposerName\n          reviewerName\n          createdAt\n        }\n      }\n    }\n    proposalsAwaitingReview\n  }\n": types.ReviewQueueDocument,
    "\n  mutation StartReview($input: ProposalRefInput!) {\n    startReview(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.StartReviewDocument,
    "\n  mutation AcceptProposal($input: AcceptProposalInput!) {\n    acceptProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.AcceptProposalDocument,
    "\n  mutation RejectProposal($input: ProposalDecisionInput!) {\n    rejectProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.RejectProposalDocument,
    "\n  mutation RequestChanges($input: ProposalDecisionInput!) {\n    requestChanges(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.RequestChangesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingReview {\n    proposalsAwaitingReview\n  }\n"): (typeof documents)["\n  query AwaitingReview {\n    proposalsAwaitingReview\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueInstruments($filter: InstrumentFilter, $search: String, $sort: InstrumentSort, $first: Int, $after: String) {\n    instruments(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          status\n          type {\n            code\n            labelNl\n            labelEn\n          }\n          phases {\n            code\n            labelNl\n            labelEn\n          }\n          ratingSummary {\n            average\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueInstruments($filter: InstrumentFilter, $search: String, $sort: InstrumentSort, $first: Int, $after: String) {\n    instruments(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          status\n          type {\n            code\n            labelNl\n            labelEn\n          }\n          phases {\n            code\n            labelNl\n            labelEn\n          }\n          ratingSummary {\n            average\n            count\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueFacets($filter: InstrumentFilter, $search: String) {\n    instrumentFacets(filter: $filter, search: $search) {\n      name\n      values {\n        code\n        labelNl\n        labelEn\n        count\n        selected\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueFacets($filter: InstrumentFilter, $search: String) {\n    instrumentFacets(filter: $filter, search: $search) {\n      name\n      values {\n        code\n        labelNl\n        labelEn\n        count\n        selected\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentPage($slug: String!) {\n    instrument(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      description\n      type {\n        code\n        labelNl\n        labelEn\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n      }\n      status\n      evidenceLevel\n      origin\n      ownerOrganisation\n      contactName\n      links {\n        label\n        url\n      }\n      language\n      licence\n      timeNeeded\n      createdAt\n      updatedAt\n      statusHistory {\n        from\n        to\n        note\n        changedBy\n        changedAt\n      }\n      ratingSummary {\n        average\n        count\n        distribution\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentPage($slug: String!) {\n    instrument(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      description\n      type {\n        code\n        labelNl\n        labelEn\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n      }\n      status\n      evidenceLevel\n      origin\n      ownerOrganisation\n      contactName\n      links {\n        label\n        url\n      }\n      language\n      licence\n      timeNeeded\n      createdAt\n      updatedAt\n      statusHistory {\n        from\n        to\n        note\n        changedBy\n        changedAt\n      }\n      ratingSummary {\n        average\n        count\n        distribution\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewPage {\n    overview {\n      totalInstruments\n      phaseStatusMatrix {\n        phase {\n          code\n          labelNl\n          labelEn\n          count\n        }\n        cells {\n          status\n          count\n        }\n      }\n      byType {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byAudience {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      bySector {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byEvidence {\n        code\n        labelNl\n        labelEn\n        count\n      }\n    }\n    vocabularies {\n      statuses {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewPage {\n    overview {\n      totalInstruments\n      phaseStatusMatrix {\n        phase {\n          code\n          labelNl\n          labelEn\n          count\n        }\n        cells {\n          status\n          count\n        }\n      }\n      byType {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byAudience {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      bySector {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byEvidence {\n        code\n        labelNl\n        labelEn\n        count\n      }\n    }\n    vocabularies {\n      statuses {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFields on Proposal {\n    id\n    status\n    title\n    summary\n    description\n    type {\n      code\n      labelNl\n      labelEn\n    }\n    phases {\n      code\n      labelNl\n      labelEn\n    }\n    audiences {\n      code\n      labelNl\n      labelEn\n    }\n    sectors {\n      code\n      labelNl\n      labelEn\n    }\n    tags {\n      code\n      labelNl\n      labelEn\n    }\n    origin\n    ownerOrganisation\n    contactName\n    contactEmail\n    links {\n      label\n      url\n    }\n    language\n    licence\n    timeNeeded\n    motivation\n    proposerName\n    reviewerName\n    decisionReason\n    createdAt\n    updatedAt\n    version\n    instrument {\n      id\n      slug\n      title\n      status\n    }\n    history {\n      from\n      to\n      reason\n      by\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalFields on Proposal {\n    id\n    status\n    title\n    summary\n    description\n    type {\n      code\n      labelNl\n      labelEn\n    }\n    phases {\n      code\n      labelNl\n      labelEn\n    }\n    audiences {\n      code\n      labelNl\n      labelEn\n    }\n    sectors {\n      code\n      labelNl\n      labelEn\n    }\n    tags {\n      code\n      labelNl\n      labelEn\n    }\n    origin\n    ownerOrganisation\n    contactName\n    contactEmail\n    links {\n      label\n      url\n    }\n    language\n    licence\n    timeNeeded\n    motivation\n    proposerName\n    reviewerName\n    decisionReason\n    createdAt\n    updatedAt\n    version\n    instrument {\n      id\n      slug\n      title\n      status\n    }\n    history {\n      from\n      to\n      reason\n      by\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProposals {\n    myProposals {\n      id\n      status\n      title\n      summary\n      decisionReason\n      createdAt\n      updatedAt\n      instrument {\n        id\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProposals {\n    myProposals {\n      id\n      status\n      title\n      summary\n      decisionReason\n      createdAt\n      updatedAt\n      instrument {\n        id\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposal($id: String!) {\n    proposal(id: $id) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  query Proposal($id: String!) {\n    proposal(id: $id) {\n      ...ProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalVocabularies {\n    vocabularies {\n      types {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalVocabularies {\n    vocabularies {\n      types {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarInstruments($title: String!, $summary: String) {\n    similarInstruments(title: $title, summary: $summary) {\n      id\n      kind\n      title\n      slug\n      status\n      score\n    }\n  }\n"): (typeof documents)["\n  query SimilarInstruments($title: String!, $summary: String) {\n    similarInstruments(title: $title, summary: $summary) {\n      id\n      kind\n      title\n      slug\n      status\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProposal($input: UpdateProposalInput!) {\n    updateProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitProposal($input: ProposalRefInput!) {\n    resubmitProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResubmitProposal($input: ProposalRefInput!) {\n    resubmitProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($input: ProposalRefInput!) {\n    withdrawProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($input: ProposalRefInput!) {\n    withdrawProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($status: ProposalStatus, $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          proposerName\n          reviewerName\n          createdAt\n        }\n      }\n    }\n    proposalsAwaitingReview\n  }\n"): (typeof documents)["\n  query ReviewQueue($status: ProposalStatus, $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          proposerName\n          reviewerName\n          createdAt\n        }\n      }\n    }\n    proposalsAwaitingReview\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReview($input: ProposalRefInput!) {\n    startReview(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartReview($input: ProposalRefInput!) {\n    startReview(input: $input) {\n      ...ProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptProposal($input: AcceptProposalInput!) {\n    acceptProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptProposal($input: AcceptProposalInput!) {\n    acceptProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectProposal($input: ProposalDecisionInput!) {\n    rejectProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectProposal($input: ProposalDecisionInput!) {\n    rejectProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestChanges($input: ProposalDecisionInput!) {\n    requestChanges(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestChanges($input: ProposalDecisionInput!) {\n    requestChanges(input: $input) {\n      ...ProposalFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;