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
    "\n  query Accounts($first: Int, $after: String) {\n    accounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation SetAccountRole($input: SetAccountRoleInput!) {\n    setAccountRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.SetAccountRoleDocument,
    "\n  query CatalogueInstruments($filter: InstrumentFilter, $search: String, $sort: InstrumentSort, $first: Int, $after: String) {\n    instruments(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          status\n          type {\n            code\n            labelNl\n            labelEn\n          }\n          phases {\n            code\n            labelNl\n            labelEn\n          }\n          ratingSummary {\n            average\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogueInstrumentsDocument,
    "\n  query CatalogueFacets($filter: InstrumentFilter, $search: String) {\n    instrumentFacets(filter: $filter, search: $search) {\n      name\n      values {\n        code\n        labelNl\n        labelEn\n        count\n        selected\n      }\n    }\n  }\n": typeof types.CatalogueFacetsDocument,
    "\n  fragment CuratedInstrumentFields on Instrument {\n    id\n    version\n    slug\n    title\n    summary\n    description\n    type {\n      code\n      labelNl\n      labelEn\n    }\n    phases {\n      code\n      labelNl\n      labelEn\n    }\n    audiences {\n      code\n      labelNl\n      labelEn\n    }\n    sectors {\n      code\n      labelNl\n      labelEn\n    }\n    tags {\n      code\n      labelNl\n      labelEn\n    }\n    status\n    evidenceLevel\n    origin\n    ownerOrganisation\n    contactName\n    contactEmail\n    links {\n      label\n      url\n    }\n    language\n    licence\n    timeNeeded\n    createdAt\n    updatedAt\n    statusHistory {\n      from\n      to\n      note\n      changedBy\n      changedAt\n    }\n  }\n": typeof types.CuratedInstrumentFieldsFragmentDoc,
    "\n  query CurationVocabularies {\n    vocabularies {\n      phases {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      types {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n    }\n  }\n": typeof types.CurationVocabulariesDocument,
    "\n  query EditInstrument($slug: String!) {\n    instrument(slug: $slug) {\n      ...CuratedInstrumentFields\n    }\n  }\n": typeof types.EditInstrumentDocument,
    "\n  query RecentInstruments {\n    instruments(sort: NEWEST, first: 5) {\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.RecentInstrumentsDocument,
    "\n  mutation CreateInstrument($input: CreateInstrumentInput!) {\n    createInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n": typeof types.CreateInstrumentDocument,
    "\n  mutation UpdateInstrument($input: UpdateInstrumentInput!) {\n    updateInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n": typeof types.UpdateInstrumentDocument,
    "\n  mutation ChangeInstrumentStatus($input: ChangeInstrumentStatusInput!) {\n    changeInstrumentStatus(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n": typeof types.ChangeInstrumentStatusDocument,
    "\n  mutation RetireInstrument($input: RetireInstrumentInput!) {\n    retireInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n": typeof types.RetireInstrumentDocument,
    "\n  mutation SetInstrumentEvidence($input: SetInstrumentEvidenceInput!) {\n    setInstrumentEvidence(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n": typeof types.SetInstrumentEvidenceDocument,
    "\n  mutation CreateVocabularyTerm($input: CreateVocabularyTermInput!) {\n    createVocabularyTerm(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n": typeof types.CreateVocabularyTermDocument,
    "\n  mutation UpdateVocabularyTerm($input: UpdateVocabularyTermInput!) {\n    updateVocabularyTerm(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n": typeof types.UpdateVocabularyTermDocument,
    "\n  mutation ReorderVocabulary($input: ReorderVocabularyInput!) {\n    reorderVocabulary(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n": typeof types.ReorderVocabularyDocument,
    "\n  mutation DeleteVocabularyTerm($input: DeleteVocabularyTermInput!) {\n    deleteVocabularyTerm(input: $input)\n  }\n": typeof types.DeleteVocabularyTermDocument,
    "\n  query InstrumentPage($slug: String!) {\n    instrument(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      description\n      type {\n        code\n        labelNl\n        labelEn\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n      }\n      status\n      evidenceLevel\n      origin\n      ownerOrganisation\n      contactName\n      links {\n        label\n        url\n      }\n      language\n      licence\n      timeNeeded\n      createdAt\n      updatedAt\n      statusHistory {\n        from\n        to\n        note\n        changedBy\n        changedAt\n      }\n      ratingSummary {\n        average\n        count\n        distribution\n      }\n    }\n  }\n": typeof types.InstrumentPageDocument,
    "\n  query OverviewPage {\n    overview {\n      totalInstruments\n      phaseStatusMatrix {\n        phase {\n          code\n          labelNl\n          labelEn\n          count\n        }\n        cells {\n          status\n          count\n        }\n      }\n      byType {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byAudience {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      bySector {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byEvidence {\n        code\n        labelNl\n        labelEn\n        count\n      }\n    }\n    vocabularies {\n      statuses {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n": typeof types.OverviewPageDocument,
    "\n  fragment RatingSummaryFields on RatingSummary {\n    average\n    count\n    distribution\n  }\n": typeof types.RatingSummaryFieldsFragmentDoc,
    "\n  fragment RatingReviewFields on Rating {\n    id\n    score\n    review\n    hidden\n    hiddenReason\n    author\n    createdAt\n    updatedAt\n    context {\n      sector {\n        code\n        labelNl\n        labelEn\n      }\n      phase {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n": typeof types.RatingReviewFieldsFragmentDoc,
    "\n  query InstrumentRatings($slug: String!, $after: String) {\n    instrument(slug: $slug) {\n      id\n      status\n      ratingSummary {\n        ...RatingSummaryFields\n      }\n      myRating {\n        ...RatingReviewFields\n      }\n      reviews(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RatingReviewFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.InstrumentRatingsDocument,
    "\n  query RatingContextChoices {\n    vocabularies {\n      sectors {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n    }\n  }\n": typeof types.RatingContextChoicesDocument,
    "\n  mutation RateInstrument($input: RateInstrumentInput!) {\n    rateInstrument(input: $input) {\n      ...RatingReviewFields\n      instrument {\n        id\n        ratingSummary {\n          ...RatingSummaryFields\n        }\n        myRating {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RateInstrumentDocument,
    "\n  mutation RemoveMyRating($input: RemoveMyRatingInput!) {\n    removeMyRating(input: $input) {\n      id\n      ratingSummary {\n        ...RatingSummaryFields\n      }\n      myRating {\n        id\n      }\n    }\n  }\n": typeof types.RemoveMyRatingDocument,
};
const documents: Documents = {
    "\n  query AwaitingReview {\n    proposalsAwaitingReview\n  }\n": types.AwaitingReviewDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Accounts($first: Int, $after: String) {\n    accounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          createdAt\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation SetAccountRole($input: SetAccountRoleInput!) {\n    setAccountRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.SetAccountRoleDocument,
    "\n  query CatalogueInstruments($filter: InstrumentFilter, $search: String, $sort: InstrumentSort, $first: Int, $after: String) {\n    instruments(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          status\n          type {\n            code\n            labelNl\n            labelEn\n          }\n          phases {\n            code\n            labelNl\n            labelEn\n          }\n          ratingSummary {\n            average\n            count\n          }\n        }\n      }\n    }\n  }\n": types.CatalogueInstrumentsDocument,
    "\n  query CatalogueFacets($filter: InstrumentFilter, $search: String) {\n    instrumentFacets(filter: $filter, search: $search) {\n      name\n      values {\n        code\n        labelNl\n        labelEn\n        count\n        selected\n      }\n    }\n  }\n": types.CatalogueFacetsDocument,
    "\n  fragment CuratedInstrumentFields on Instrument {\n    id\n    version\n    slug\n    title\n    summary\n    description\n    type {\n      code\n      labelNl\n      labelEn\n    }\n    phases {\n      code\n      labelNl\n      labelEn\n    }\n    audiences {\n      code\n      labelNl\n      labelEn\n    }\n    sectors {\n      code\n      labelNl\n      labelEn\n    }\n    tags {\n      code\n      labelNl\n      labelEn\n    }\n    status\n    evidenceLevel\n    origin\n    ownerOrganisation\n    contactName\n    contactEmail\n    links {\n      label\n      url\n    }\n    language\n    licence\n    timeNeeded\n    createdAt\n    updatedAt\n    statusHistory {\n      from\n      to\n      note\n      changedBy\n      changedAt\n    }\n  }\n": types.CuratedInstrumentFieldsFragmentDoc,
    "\n  query CurationVocabularies {\n    vocabularies {\n      phases {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      types {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n    }\n  }\n": types.CurationVocabulariesDocument,
    "\n  query EditInstrument($slug: String!) {\n    instrument(slug: $slug) {\n      ...CuratedInstrumentFields\n    }\n  }\n": types.EditInstrumentDocument,
    "\n  query RecentInstruments {\n    instruments(sort: NEWEST, first: 5) {\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": types.RecentInstrumentsDocument,
    "\n  mutation CreateInstrument($input: CreateInstrumentInput!) {\n    createInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n": types.CreateInstrumentDocument,
    "\n  mutation UpdateInstrument($input: UpdateInstrumentInput!) {\n    updateInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n": types.UpdateInstrumentDocument,
    "\n  mutation ChangeInstrumentStatus($input: ChangeInstrumentStatusInput!) {\n    changeInstrumentStatus(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n": types.ChangeInstrumentStatusDocument,
    "\n  mutation RetireInstrument($input: RetireInstrumentInput!) {\n    retireInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n": types.RetireInstrumentDocument,
    "\n  mutation SetInstrumentEvidence($input: SetInstrumentEvidenceInput!) {\n    setInstrumentEvidence(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n": types.SetInstrumentEvidenceDocument,
    "\n  mutation CreateVocabularyTerm($input: CreateVocabularyTermInput!) {\n    createVocabularyTerm(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n": types.CreateVocabularyTermDocument,
    "\n  mutation UpdateVocabularyTerm($input: UpdateVocabularyTermInput!) {\n    updateVocabularyTerm(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n": types.UpdateVocabularyTermDocument,
    "\n  mutation ReorderVocabulary($input: ReorderVocabularyInput!) {\n    reorderVocabulary(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n": types.ReorderVocabularyDocument,
    "\n  mutation DeleteVocabularyTerm($input: DeleteVocabularyTermInput!) {\n    deleteVocabularyTerm(input: $input)\n  }\n": types.DeleteVocabularyTermDocument,
    "\n  query InstrumentPage($slug: String!) {\n    instrument(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      description\n      type {\n        code\n        labelNl\n        labelEn\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n      }\n      status\n      evidenceLevel\n      origin\n      ownerOrganisation\n      contactName\n      links {\n        label\n        url\n      }\n      language\n      licence\n      timeNeeded\n      createdAt\n      updatedAt\n      statusHistory {\n        from\n        to\n        note\n        changedBy\n        changedAt\n      }\n      ratingSummary {\n        average\n        count\n        distribution\n      }\n    }\n  }\n": types.InstrumentPageDocument,
    "\n  query OverviewPage {\n    overview {\n      totalInstruments\n      phaseStatusMatrix {\n        phase {\n          code\n          labelNl\n          labelEn\n          count\n        }\n        cells {\n          status\n          count\n        }\n      }\n      byType {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byAudience {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      bySector {\n        code\n        labelNl\n        labelEn\n        count\n      }\n      byEvidence {\n        code\n        labelNl\n        labelEn\n        count\n      }\n    }\n    vocabularies {\n      statuses {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n": types.OverviewPageDocument,
    "\n  fragment RatingSummaryFields on RatingSummary {\n    average\n    count\n    distribution\n  }\n": types.RatingSummaryFieldsFragmentDoc,
    "\n  fragment RatingReviewFields on Rating {\n    id\n    score\n    review\n    hidden\n    hiddenReason\n    author\n    createdAt\n    updatedAt\n    context {\n      sector {\n        code\n        labelNl\n        labelEn\n      }\n      phase {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n": types.RatingReviewFieldsFragmentDoc,
    "\n  query InstrumentRatings($slug: String!, $after: String) {\n    instrument(slug: $slug) {\n      id\n      status\n      ratingSummary {\n        ...RatingSummaryFields\n      }\n      myRating {\n        ...RatingReviewFields\n      }\n      reviews(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RatingReviewFields\n          }\n        }\n      }\n    }\n  }\n": types.InstrumentRatingsDocument,
    "\n  query RatingContextChoices {\n    vocabularies {\n      sectors {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n    }\n  }\n": types.RatingContextChoicesDocument,
    "\n  mutation RateInstrument($input: RateInstrumentInput!) {\n    rateInstrument(input: $input) {\n      ...RatingReviewFields\n      instrument {\n        id\n        ratingSummary {\n          ...RatingSummaryFields\n        }\n        myRating {\n          id\n        }\n      }\n    }\n  }\n": types.RateInstrumentDocument,
    "\n  mutation RemoveMyRating($input: RemoveMyRatingInput!) {\n    removeMyRating(input: $input) {\n      id\n      ratingSummary {\n        ...RatingSummaryFields\n      }\n      myRating {\n        id\n      }\n    }\n  }\n": types.RemoveMyRatingDocument,
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
export function graphql(source: "\n  query Accounts($first: Int, $after: String) {\n    accounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($first: Int, $after: String) {\n    accounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountRole($input: SetAccountRoleInput!) {\n    setAccountRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountRole($input: SetAccountRoleInput!) {\n    setAccountRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CuratedInstrumentFields on Instrument {\n    id\n    version\n    slug\n    title\n    summary\n    description\n    type {\n      code\n      labelNl\n      labelEn\n    }\n    phases {\n      code\n      labelNl\n      labelEn\n    }\n    audiences {\n      code\n      labelNl\n      labelEn\n    }\n    sectors {\n      code\n      labelNl\n      labelEn\n    }\n    tags {\n      code\n      labelNl\n      labelEn\n    }\n    status\n    evidenceLevel\n    origin\n    ownerOrganisation\n    contactName\n    contactEmail\n    links {\n      label\n      url\n    }\n    language\n    licence\n    timeNeeded\n    createdAt\n    updatedAt\n    statusHistory {\n      from\n      to\n      note\n      changedBy\n      changedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CuratedInstrumentFields on Instrument {\n    id\n    version\n    slug\n    title\n    summary\n    description\n    type {\n      code\n      labelNl\n      labelEn\n    }\n    phases {\n      code\n      labelNl\n      labelEn\n    }\n    audiences {\n      code\n      labelNl\n      labelEn\n    }\n    sectors {\n      code\n      labelNl\n      labelEn\n    }\n    tags {\n      code\n      labelNl\n      labelEn\n    }\n    status\n    evidenceLevel\n    origin\n    ownerOrganisation\n    contactName\n    contactEmail\n    links {\n      label\n      url\n    }\n    language\n    licence\n    timeNeeded\n    createdAt\n    updatedAt\n    statusHistory {\n      from\n      to\n      note\n      changedBy\n      changedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationVocabularies {\n    vocabularies {\n      phases {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      types {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurationVocabularies {\n    vocabularies {\n      phases {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      types {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      audiences {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      sectors {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n      tags {\n        code\n        labelNl\n        labelEn\n        position\n        hidden\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditInstrument($slug: String!) {\n    instrument(slug: $slug) {\n      ...CuratedInstrumentFields\n    }\n  }\n"): (typeof documents)["\n  query EditInstrument($slug: String!) {\n    instrument(slug: $slug) {\n      ...CuratedInstrumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentInstruments {\n    instruments(sort: NEWEST, first: 5) {\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentInstruments {\n    instruments(sort: NEWEST, first: 5) {\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInstrument($input: CreateInstrumentInput!) {\n    createInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInstrument($input: CreateInstrumentInput!) {\n    createInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInstrument($input: UpdateInstrumentInput!) {\n    updateInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInstrument($input: UpdateInstrumentInput!) {\n    updateInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeInstrumentStatus($input: ChangeInstrumentStatusInput!) {\n    changeInstrumentStatus(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeInstrumentStatus($input: ChangeInstrumentStatusInput!) {\n    changeInstrumentStatus(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireInstrument($input: RetireInstrumentInput!) {\n    retireInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetireInstrument($input: RetireInstrumentInput!) {\n    retireInstrument(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInstrumentEvidence($input: SetInstrumentEvidenceInput!) {\n    setInstrumentEvidence(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetInstrumentEvidence($input: SetInstrumentEvidenceInput!) {\n    setInstrumentEvidence(input: $input) {\n      ...CuratedInstrumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVocabularyTerm($input: CreateVocabularyTermInput!) {\n    createVocabularyTerm(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVocabularyTerm($input: CreateVocabularyTermInput!) {\n    createVocabularyTerm(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVocabularyTerm($input: UpdateVocabularyTermInput!) {\n    updateVocabularyTerm(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVocabularyTerm($input: UpdateVocabularyTermInput!) {\n    updateVocabularyTerm(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderVocabulary($input: ReorderVocabularyInput!) {\n    reorderVocabulary(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderVocabulary($input: ReorderVocabularyInput!) {\n    reorderVocabulary(input: $input) {\n      code\n      labelNl\n      labelEn\n      position\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVocabularyTerm($input: DeleteVocabularyTermInput!) {\n    deleteVocabularyTerm(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteVocabularyTerm($input: DeleteVocabularyTermInput!) {\n    deleteVocabularyTerm(input: $input)\n  }\n"];
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
export function graphql(source: "\n  fragment RatingSummaryFields on RatingSummary {\n    average\n    count\n    distribution\n  }\n"): (typeof documents)["\n  fragment RatingSummaryFields on RatingSummary {\n    average\n    count\n    distribution\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingReviewFields on Rating {\n    id\n    score\n    review\n    hidden\n    hiddenReason\n    author\n    createdAt\n    updatedAt\n    context {\n      sector {\n        code\n        labelNl\n        labelEn\n      }\n      phase {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RatingReviewFields on Rating {\n    id\n    score\n    review\n    hidden\n    hiddenReason\n    author\n    createdAt\n    updatedAt\n    context {\n      sector {\n        code\n        labelNl\n        labelEn\n      }\n      phase {\n        code\n        labelNl\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentRatings($slug: String!, $after: String) {\n    instrument(slug: $slug) {\n      id\n      status\n      ratingSummary {\n        ...RatingSummaryFields\n      }\n      myRating {\n        ...RatingReviewFields\n      }\n      reviews(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RatingReviewFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentRatings($slug: String!, $after: String) {\n    instrument(slug: $slug) {\n      id\n      status\n      ratingSummary {\n        ...RatingSummaryFields\n      }\n      myRating {\n        ...RatingReviewFields\n      }\n      reviews(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RatingReviewFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatingContextChoices {\n    vocabularies {\n      sectors {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n    }\n  }\n"): (typeof documents)["\n  query RatingContextChoices {\n    vocabularies {\n      sectors {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n      phases {\n        code\n        labelNl\n        labelEn\n        hidden\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateInstrument($input: RateInstrumentInput!) {\n    rateInstrument(input: $input) {\n      ...RatingReviewFields\n      instrument {\n        id\n        ratingSummary {\n          ...RatingSummaryFields\n        }\n        myRating {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RateInstrument($input: RateInstrumentInput!) {\n    rateInstrument(input: $input) {\n      ...RatingReviewFields\n      instrument {\n        id\n        ratingSummary {\n          ...RatingSummaryFields\n        }\n        myRating {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyRating($input: RemoveMyRatingInput!) {\n    removeMyRating(input: $input) {\n      id\n      ratingSummary {\n        ...RatingSummaryFields\n      }\n      myRating {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMyRating($input: RemoveMyRatingInput!) {\n    removeMyRating(input: $input) {\n      id\n      ratingSummary {\n        ...RatingSummaryFields\n      }\n      myRating {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;