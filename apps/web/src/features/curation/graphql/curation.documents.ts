import { graphql } from '../../../generated';

/**
 * Everything the editor and the instrument page show of an instrument, so that a mutation's answer
 * updates every view of it in the cache (contactEmail: curators may read it).
 */
export const CuratedInstrumentFields = graphql(`
  fragment CuratedInstrumentFields on Instrument {
    id
    version
    slug
    title
    summary
    description
    type {
      code
      labelNl
      labelEn
    }
    phases {
      code
      labelNl
      labelEn
    }
    audiences {
      code
      labelNl
      labelEn
    }
    sectors {
      code
      labelNl
      labelEn
    }
    tags {
      code
      labelNl
      labelEn
    }
    status
    evidenceLevel
    origin
    ownerOrganisation
    contactName
    contactEmail
    links {
      label
      url
    }
    language
    licence
    timeNeeded
    createdAt
    updatedAt
    statusHistory {
      from
      to
      note
      changedBy
      changedAt
    }
  }
`);

/** Every term of the vocabularies curators maintain, hidden ones included, in display order. */
export const CurationVocabulariesQuery = graphql(`
  query CurationVocabularies {
    vocabularies {
      phases {
        code
        labelNl
        labelEn
        position
        hidden
      }
      types {
        code
        labelNl
        labelEn
        position
        hidden
      }
      audiences {
        code
        labelNl
        labelEn
        position
        hidden
      }
      sectors {
        code
        labelNl
        labelEn
        position
        hidden
      }
      tags {
        code
        labelNl
        labelEn
        position
        hidden
      }
    }
  }
`);

export const EditInstrumentQuery = graphql(`
  query EditInstrument($slug: String!) {
    instrument(slug: $slug) {
      ...CuratedInstrumentFields
    }
  }
`);

/** The newest instruments for the curators' landing page. */
export const RecentInstrumentsQuery = graphql(`
  query RecentInstruments {
    instruments(sort: NEWEST, first: 5) {
      edges {
        node {
          id
          slug
          title
          status
          createdAt
        }
      }
    }
  }
`);

export const CreateInstrumentMutation = graphql(`
  mutation CreateInstrument($input: CreateInstrumentInput!) {
    createInstrument(input: $input) {
      ...CuratedInstrumentFields
    }
  }
`);

export const UpdateInstrumentMutation = graphql(`
  mutation UpdateInstrument($input: UpdateInstrumentInput!) {
    updateInstrument(input: $input) {
      ...CuratedInstrumentFields
    }
  }
`);

export const ChangeInstrumentStatusMutation = graphql(`
  mutation ChangeInstrumentStatus($input: ChangeInstrumentStatusInput!) {
    changeInstrumentStatus(input: $input) {
      ...CuratedInstrumentFields
    }
  }
`);

export const RetireInstrumentMutation = graphql(`
  mutation RetireInstrument($input: RetireInstrumentInput!) {
    retireInstrument(input: $input) {
      ...CuratedInstrumentFields
    }
  }
`);

export const SetInstrumentEvidenceMutation = graphql(`
  mutation SetInstrumentEvidence($input: SetInstrumentEvidenceInput!) {
    setInstrumentEvidence(input: $input) {
      ...CuratedInstrumentFields
    }
  }
`);

export const CreateVocabularyTermMutation = graphql(`
  mutation CreateVocabularyTerm($input: CreateVocabularyTermInput!) {
    createVocabularyTerm(input: $input) {
      code
      labelNl
      labelEn
      position
      hidden
    }
  }
`);

export const UpdateVocabularyTermMutation = graphql(`
  mutation UpdateVocabularyTerm($input: UpdateVocabularyTermInput!) {
    updateVocabularyTerm(input: $input) {
      code
      labelNl
      labelEn
      position
      hidden
    }
  }
`);

export const ReorderVocabularyMutation = graphql(`
  mutation ReorderVocabulary($input: ReorderVocabularyInput!) {
    reorderVocabulary(input: $input) {
      code
      labelNl
      labelEn
      position
      hidden
    }
  }
`);

export const DeleteVocabularyTermMutation = graphql(`
  mutation DeleteVocabularyTerm($input: DeleteVocabularyTermInput!) {
    deleteVocabularyTerm(input: $input)
  }
`);
