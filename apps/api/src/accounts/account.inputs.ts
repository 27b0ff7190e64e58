import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ACCOUNT_LIMITS, PAGINATION, ROLES, type Role } from '#domain';
import { RoleEnum } from './account.model.js';

const { email, displayName, password } = ACCOUNT_LIMITS;

/** People paste addresses with spaces around them; a name of only spaces is then too short. */
const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

@InputType()
export class RegisterInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(email.max)
  email: string;

  @Field()
  @Trim()
  @IsString()
  @Length(displayName.min, displayName.max, {
    message: `displayName must be ${displayName.min} to ${displayName.max} characters`,
  })
  displayName: string;

  @Field({ description: `${password.min} to ${password.max} characters.` })
  @IsString()
  @Length(password.min, password.max, { message: `password must be ${password.min} to ${password.max} characters` })
  password: string;
}

@InputType()
export class SignInInput {
  @Field()
  @Trim()
  @IsString()
  @MaxLength(email.max)
  email: string;

  /** Over-long passwords are refused before any hashing work. */
  @Field()
  @IsString()
  @MaxLength(password.max, { message: `password must be at most ${password.max} characters` })
  password: string;
}

@InputType()
export class SetAccountRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id' })
  accountId: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;
}

@ArgsType()
export class AccountsArgs {
  @Field(() => Int, { nullable: true, defaultValue: PAGINATION.defaultPageSize })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${PAGINATION.maxPageSize}` })
  @Max(PAGINATION.maxPageSize, { message: `first must be between 1 and ${PAGINATION.maxPageSize}` })
  first: number = PAGINATION.defaultPageSize;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

const passwordRules = (name: string) => [
  IsString(),
  Length(password.min, password.max, { message: `${name} must be ${password.min} to ${password.max} characters` }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

/** A password being checked, not set: only too long is refused (before any hashing work). */
const CurrentPassword = (name: string) =>
  apply([IsString(), MaxLength(password.max, { message: `${name} must be at most ${password.max} characters` })]);

/** The token of a mailed link (43 characters of base64url). */
const TokenRules = () => apply([IsString(), Length(1, 200, { message: 'token must be the token from the link' })]);

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Trim()
  @IsString()
  @MaxLength(email.max)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the mailed link.' })
  @TokenRules()
  token: string;

  @Field({ description: `The new password: ${password.min} to ${password.max} characters, not a common one.` })
  @apply(passwordRules('password'))
  password: string;
}

@InputType()
export class ConfirmEmailInput {
  @Field({ description: 'The token from the mailed link.' })
  @TokenRules()
  token: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @CurrentPassword('currentPassword')
  currentPassword: string;

  @Field({ description: `${password.min} to ${password.max} characters, not a common one.` })
  @apply(passwordRules('newPassword'))
  newPassword: string;
}

@InputType()
export class ChangeEmailInput {
  @Field({ description: 'The current password.' })
  @CurrentPassword('password')
  password: string;

  @Field()
  @Trim()
  @IsEmail({}, { message: 'newEmail must be an e-mail address' })
  @MaxLength(email.max)
  newEmail: string;
}

@InputType()
export class DeleteMyAccountInput {
  @Field({ description: 'The current password.' })
  @CurrentPassword('password')
  password: string;
}

@InputType()
export class AccountRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id' })
  accountId: string;
}
