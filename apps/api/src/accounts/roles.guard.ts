import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ACCOUNT_REASONS, hasRole, type Role } from '#domain';
import { DomainError } from '../common/domain-error.js';
import type { RequestContext } from '../graphql/request-context.js';
import { REQUIRED_ROLE } from './require-role.decorator.js';
import { REQUIRES_VERIFIED_EMAIL } from './require-verified-email.decorator.js';
import { SessionsService } from './sessions.service.js';
import type { Viewer } from './viewer.js';

/** Enforces @RequireRole (and @RequireVerifiedEmail) on every resolver, field resolver and HTTP route. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required) return true;
    const viewer = await this.viewer(context);
    if (!viewer) throw new DomainError('UNAUTHENTICATED', 'You need to sign in for this.');
    if (!hasRole(viewer.role, required)) {
      throw new DomainError('FORBIDDEN', `This needs the ${required} role; you are signed in as ${viewer.role}.`);
    }
    if (!viewer.emailVerified && this.reflector.getAllAndOverride<boolean>(REQUIRES_VERIFIED_EMAIL, [context.getHandler(), context.getClass()])) {
      throw new DomainError(
        'FORBIDDEN',
        'Bevestig eerst je e-mailadres met de link uit je mail. (Confirm your e-mail address first.)',
        [],
        { reason: ACCOUNT_REASONS.emailNotVerified },
      );
    }
    return true;
  }

  /** The signed-in viewer; null for a visitor and for any other kind of context (closed by default). */
  private async viewer(context: ExecutionContext): Promise<Viewer | null> {
    const type = context.getType<GqlContextType>();
    if (type === 'graphql') return GqlExecutionContext.create(context).getContext<RequestContext>().viewer();
    if (type === 'http') {
      const http = context.switchToHttp();
      return this.sessions.viewerOf(http.getRequest(), http.getResponse());
    }
    return null;
  }
}
