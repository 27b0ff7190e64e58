import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError } from '../common/domain-error.js';
import type { RequestContext } from '../graphql/request-context.js';
import { Account, AccountConnection } from './account.model.js';
import { AccountRefInput, AccountsArgs, RegisterInput, SetAccountRoleInput, SignInInput } from './account.inputs.js';
import { AccountRecoveryService } from './account-recovery.service.js';
import { AccountsService, type SignedIn } from './accounts.service.js';
import { RequireRole } from './require-role.decorator.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import type { Viewer } from './viewer.js';

@Resolver(() => Account)
export class AccountsResolver {
  constructor(
    private readonly accountsService: AccountsService,
    private readonly recovery: AccountRecoveryService,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Creates an unverified member account and mails a verification link; sign in afterwards. An address that has an account gets a mail saying so, and the same answer (true).',
  })
  async register(@Args('input') input: RegisterInput): Promise<boolean> {
    await this.recovery.register(input);
    return true;
  }

  @Mutation(() => Account, { description: 'Signs in with a new session; the same error whatever was wrong.' })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: RequestContext): Promise<Account> {
    return this.actAs(ctx, await this.accountsService.signIn(input, ctx.req, ctx.res));
  }

  @Mutation(() => Boolean, { description: 'Ends the current session. True also when there was none.' })
  async signOut(@Context() ctx: RequestContext): Promise<boolean> {
    await this.accountsService.signOut(ctx.req, ctx.res);
    ctx.viewer = () => Promise.resolve(null);
    return true;
  }

  /** The rest of this request (e.g. the selected fields) sees the new session. */
  private actAs(ctx: RequestContext, { account, viewer }: SignedIn): Account {
    ctx.viewer = () => Promise.resolve(viewer);
    return account;
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null for a visitor.' })
  async me(@Context() ctx: RequestContext): Promise<Account | null> {
    const viewer = await ctx.viewer();
    return viewer ? this.accountsService.byId(viewer.accountId) : null;
  }

  @RequireRole('ADMIN')
  @Query(() => AccountConnection)
  accounts(@Args() args: AccountsArgs): Promise<AccountConnection> {
    return this.accountsService.list(args);
  }

  @RequireRole('ADMIN')
  @Mutation(() => Account, { description: 'Sets the role of an account; the last admin cannot be demoted.' })
  setAccountRole(@Args('input') input: SetAccountRoleInput): Promise<Account> {
    return this.accountsService.setRole(input);
  }

  @RequireRole('ADMIN')
  @Mutation(() => Account, { description: 'Disables an account: its sessions end at once and it cannot sign in. Not your own.' })
  disableAccount(@Args('input') input: AccountRefInput, @CurrentViewer() viewer: Viewer): Promise<Account> {
    return this.accountsService.setDisabled(input.accountId, true, viewer);
  }

  @RequireRole('ADMIN')
  @Mutation(() => Account, { description: 'Enables a disabled account again.' })
  enableAccount(@Args('input') input: AccountRefInput, @CurrentViewer() viewer: Viewer): Promise<Account> {
    return this.accountsService.setDisabled(input.accountId, false, viewer);
  }

  @RequireRole('ADMIN')
  @Mutation(() => Account, { description: 'Mails a new verification link to an account whose address is not confirmed yet.' })
  resendVerification(@Args('input') input: AccountRefInput): Promise<Account> {
    return this.recovery.resendVerification(input.accountId);
  }

  @RequireRole('MEMBER')
  @ResolveField(() => String, { nullable: true, description: 'Visible to admins and to the account itself.' })
  email(@Parent() account: Account, @CurrentViewer() viewer: Viewer): string {
    return ownOrAdmin(account, viewer, 'e-mail address') && account.email;
  }

  @RequireRole('MEMBER')
  @ResolveField(() => Boolean, { nullable: true, description: 'Whether the address is confirmed; admins and the account itself.' })
  emailVerified(@Parent() account: Account, @CurrentViewer() viewer: Viewer): boolean {
    return ownOrAdmin(account, viewer, 'verification') && account.emailVerifiedAt !== null;
  }

  @RequireRole('ADMIN')
  @ResolveField(() => Boolean, { nullable: true, description: 'Disabled by an admin: cannot sign in. Admins only.' })
  disabled(@Parent() account: Account): boolean {
    return account.disabledAt !== null;
  }

  @RequireRole('MEMBER')
  @ResolveField(() => Date, { nullable: true, description: 'The last successful sign-in; admins and the account itself.' })
  lastSignInAt(@Parent() account: Account, @CurrentViewer() viewer: Viewer): Date | null {
    ownOrAdmin(account, viewer, 'last sign-in');
    return account.lastSignInAt;
  }
}

/** True for admins and the account itself; FORBIDDEN for others. */
function ownOrAdmin(account: Account, viewer: Viewer, what: string): true {
  if (viewer.role !== 'ADMIN' && viewer.accountId !== account.id) {
    throw new DomainError('FORBIDDEN', `Only admins see the ${what} of other accounts.`);
  }
  return true;
}
