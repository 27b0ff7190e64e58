import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { hasRole, type Role } from '#domain';
import { DomainError } from '../graphql/domain-error.js';
import type { RequestContext } from '../graphql/request-context.js';
import { REQUIRED_ROLE } from './require-role.decorator.js';

/** Enforces @RequireRole on every resolver and field resolver. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required || context.getType<GqlContextType>() !== 'graphql') return true;
    const viewer = await GqlExecutionContext.create(context).getContext<RequestContext>().viewer();
    if (!viewer) throw new DomainError('UNAUTHENTICATED', 'You need to sign in for this.');
    if (!hasRole(viewer.role, required)) {
      throw new DomainError('FORBIDDEN', `This needs the ${required} role; you are signed in as ${viewer.role}.`);
    }
    return true;
  }
}
