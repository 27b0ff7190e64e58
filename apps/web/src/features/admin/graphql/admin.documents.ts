import { graphql } from '../../../generated';

export const AccountsQuery = graphql(`
  query Accounts($first: Int, $after: String) {
    accounts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          createdAt
        }
      }
    }
  }
`);

export const SetAccountRoleMutation = graphql(`
  mutation SetAccountRole($input: SetAccountRoleInput!) {
    setAccountRole(input: $input) {
      id
      role
    }
  }
`);
