import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Viewer } from '../accounts/viewer.js';
import type { RequestContext } from '../graphql/request-context.js';
import { DomainError } from './domain-error.js';

/**
 * The signed-in viewer of a GraphQL resolver, for resolvers marked @RequireRole (whose guard has
 * already refused visitors): `@CurrentViewer() viewer: Viewer`. The session is looked up once per
 * request. Nest awaits the promise before calling the resolver.
 */
export const CurrentViewer = createParamDecorator(async (_data: unknown, context: ExecutionContext): Promise<Viewer> => {
  const viewer = await GqlExecutionContext.create(context).getContext<RequestContext>().viewer();
  if (!viewer) throw new DomainError('UNAUTHENTICATED', 'You need to sign in for this.');
  return viewer;
});
