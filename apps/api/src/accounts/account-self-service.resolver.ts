import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import type { RequestContext } from '../graphql/request-context.js';
import { Account } from './account.model.js';
import {
  ChangeEmailInput,
  ChangePasswordInput,
  ConfirmEmailInput,
  DeleteMyAccountInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
} from './account.inputs.js';
import { AccountRecoveryService } from './account-recovery.service.js';
import { AccountSelfService } from './account-self-service.service.js';
import { MyDataQueries } from './my-data.queries.js';
import { RequireRole } from './require-role.decorator.js';
import type { Viewer } from './viewer.js';

/** Accounts people run themselves: links by mail, and changes to one's own account. */
@Resolver()
export class AccountSelfServiceResolver {
  constructor(
    private readonly recovery: AccountRecoveryService,
    private readonly self: AccountSelfService,
    private readonly myDataQueries: MyDataQueries,
  ) {}

  @Mutation(() => Boolean, {
    description: 'Mails a link to set a new password (valid 1 hour, once) when the address has an account. Always true: it never tells.',
  })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput): boolean {
    this.recovery.requestPasswordReset(input);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets the password from a reset link and ends every session of the account.' })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: RequestContext): Promise<boolean> {
    await this.recovery.resetPassword(input);
    ctx.viewer = () => Promise.resolve(null);
    return true;
  }

  @Mutation(() => Account, { description: 'Confirms an address from a mailed link: your own, or the new one you asked for.' })
  confirmEmail(@Args('input') input: ConfirmEmailInput): Promise<Account> {
    return this.recovery.confirmEmail(input);
  }

  @RequireRole('MEMBER')
  @Mutation(() => Boolean, { description: 'Mails you a new verification link; true also when your address is confirmed already.' })
  async resendMyVerification(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    if (!viewer.emailVerified) await this.recovery.resendVerification(viewer.accountId);
    return true;
  }

  @RequireRole('MEMBER')
  @Mutation(() => Boolean, { description: 'Sets a new password (with the current one); your other sessions end.' })
  async changePassword(@Args('input') input: ChangePasswordInput, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.self.changePassword(input, viewer);
    return true;
  }

  @RequireRole('MEMBER')
  @Mutation(() => Boolean, { description: 'Mails a link to the new address; the address changes when it is confirmed there.' })
  async changeEmail(@Args('input') input: ChangeEmailInput, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.self.changeEmail(input, viewer);
    return true;
  }

  @RequireRole('MEMBER')
  @Mutation(() => Boolean, { description: 'Ends every session of your account, this one too.' })
  async signOutEverywhere(@CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<boolean> {
    await this.self.signOutEverywhere(viewer, ctx.req, ctx.res);
    ctx.viewer = () => Promise.resolve(null);
    return true;
  }

  @RequireRole('MEMBER')
  @Mutation(() => Boolean, {
    description: 'Deletes your account (with your password): ratings, reviews and proposals go with it; see the README, Accounts.',
  })
  async deleteMyAccount(@Args('input') input: DeleteMyAccountInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<boolean> {
    await this.self.deleteMyAccount(input, viewer, ctx.req, ctx.res);
    ctx.viewer = () => Promise.resolve(null);
    return true;
  }

  @RequireRole('MEMBER')
  @Query(() => String, { description: 'Everything stored about you, as a JSON document (for a download).' })
  async myData(@CurrentViewer() viewer: Viewer): Promise<string> {
    return JSON.stringify({ exportedAt: new Date().toISOString(), ...(await this.myDataQueries.of(viewer.accountId)) }, null, 2);
  }
}
