import { graphql } from '../../../generated';

/** Everything a proposal page shows: its fields, its state and its history. */
export const ProposalFieldsFragment = graphql(`
  fragment ProposalFields on Proposal {
    id
    status
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
    motivation
    proposerName
    reviewerName
    decisionReason
    createdAt
    updatedAt
    version
    instrument {
      id
      slug
      title
      status
    }
    history {
      from
      to
      reason
      by
      at
    }
  }
`);

/** "Mijn voorstellen": the short form of each of the member's proposals, newest first. */
export const MyProposalsQuery = graphql(`
  query MyProposals {
    myProposals {
      id
      status
      title
      summary
      decisionReason
      createdAt
      updatedAt
      instrument {
        id
        slug
        title
      }
    }
  }
`);

export const ProposalQuery = graphql(`
  query Proposal($id: String!) {
    proposal(id: $id) {
      ...ProposalFields
    }
  }
`);

/** The choices of the proposal form, with both labels (the form shows the chosen language). */
export const ProposalVocabulariesQuery = graphql(`
  query ProposalVocabularies {
    vocabularies {
      types {
        code
        labelNl
        labelEn
        hidden
      }
      phases {
        code
        labelNl
        labelEn
        hidden
      }
      audiences {
        code
        labelNl
        labelEn
        hidden
      }
      sectors {
        code
        labelNl
        labelEn
        hidden
      }
      tags {
        code
        labelNl
        labelEn
        hidden
      }
    }
  }
`);

export const SimilarInstrumentsQuery = graphql(`
  query SimilarInstruments($title: String!, $summary: String) {
    similarInstruments(title: $title, summary: $summary) {
      id
      kind
      title
      slug
      status
      score
    }
  }
`);

export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      ...ProposalFields
    }
  }
`);

export const UpdateProposalMutation = graphql(`
  mutation UpdateProposal($input: UpdateProposalInput!) {
    updateProposal(input: $input) {
      ...ProposalFields
    }
  }
`);

export const ResubmitProposalMutation = graphql(`
  mutation ResubmitProposal($input: ProposalRefInput!) {
    resubmitProposal(input: $input) {
      ...ProposalFields
    }
  }
`);

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($input: ProposalRefInput!) {
    withdrawProposal(input: $input) {
      ...ProposalFields
    }
  }
`);
