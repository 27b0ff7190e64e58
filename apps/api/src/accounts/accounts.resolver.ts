import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError } from '../common/domain-error.js';
import type { RequestContext } from '../graphql/request-context.js';
import { Account, AccountConnection } from './account.model.js';
import { AccountsArgs, RegisterInput, SetAccountRoleInput, SignInInput } from './account.inputs.js';
import { AccountsService, type SignedIn } from './accounts.service.js';
import { RequireRole } from './require-role.decorator.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import type { Viewer } from './viewer.js';

@Resolver(() => Account)
export class AccountsResolver {
  constructor(private readonly accountsService: AccountsService) {}

  @Mutation(() => Account, { description: 'Creates a member account and signs it in (sets the session cookie).' })
  async register(@Args('input') input: RegisterInput, @Context() ctx: RequestContext): Promise<Account> {
    return this.actAs(ctx, await this.accountsService.register(input, ctx.res));
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

  @RequireRole('MEMBER')
  @ResolveField(() => String, { nullable: true, description: 'Visible to admins and to the account itself.' })
  async email(@Parent() account: Account, @CurrentViewer() viewer: Viewer): Promise<string> {
    if (viewer.role !== 'ADMIN' && viewer.accountId !== account.id) {
      throw new DomainError('FORBIDDEN', 'Only admins see the e-mail address of other accounts.');
    }
    return account.email;
  }
}
