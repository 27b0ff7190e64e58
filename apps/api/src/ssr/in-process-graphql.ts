import type { ApolloServer } from '@apollo/server';
import type { ApolloDriver } from '@nestjs/apollo';
import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { FormattedExecutionResult } from 'graphql';
import type { RequestContext } from '../graphql/request-context.js';
import type { ServerOperation } from './server-render.js';

type ContextFactory = (args: { req: Request; res: Response }) => Promise<RequestContext>;

/**
 * Runs a page's GraphQL operations in this process against Apollo Server itself: the same
 * schema, query limits, read cache and error formatting as POST /graphql, with the context the
 * GraphQL module builds for a request (fresh loaders; the page's request, so a visitor).
 */
export function inProcessGraphql(app: INestApplication): (req: Request, res: Response) => (operation: ServerOperation) => Promise<FormattedExecutionResult> {
  let server: ApolloServer<RequestContext> | undefined;
  let context: ContextFactory | undefined;
  return (req, res) => {
    // One context per page, as one HTTP request has one: its loaders batch across the page's operations.
    let contextValue: Promise<RequestContext> | undefined;
    return async ({ query, variables, operationName }) => {
      if (!server || !context) {
        // Known once the app has started (GraphQLModule's onModuleInit).
        const graphql = app.get<GraphQLModule<ApolloDriver>>(GraphQLModule, { strict: false });
        server = graphql.graphQlAdapter.instance as unknown as ApolloServer<RequestContext>;
        context = graphql.completeOptions!.context as ContextFactory;
      }
      contextValue ??= context({ req, res });
      const response = await server.executeOperation({ query, variables, operationName: operationName ?? undefined }, { contextValue: await contextValue });
      if (response.body.kind !== 'single') throw new Error('An incremental GraphQL answer cannot be rendered on the server.');
      return response.body.singleResult as FormattedExecutionResult;
    };
  };
}
