import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../accounts/require-role.decorator.js';
import { FailedMailConnection, FailedMailsArgs, RetryMailInput, RetryMailResult } from './mail.model.js';
import { MailsService } from './mails.service.js';

@Resolver()
export class MailsResolver {
  constructor(private readonly mails: MailsService) {}

  @RequireRole('ADMIN')
  @Query(() => FailedMailConnection, { description: 'Mails the outbox gave up on, newest failure first (admins).' })
  failedMails(@Args() args: FailedMailsArgs): Promise<FailedMailConnection> {
    return this.mails.failed(args);
  }

  @RequireRole('ADMIN')
  @Mutation(() => RetryMailResult, { description: 'Makes a failed mail due again now, with a fresh bound of attempts (admins).' })
  retryMail(@Args('input') input: RetryMailInput): Promise<RetryMailResult> {
    return this.mails.retry(input.id);
  }
}
