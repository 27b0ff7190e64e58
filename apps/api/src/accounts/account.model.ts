import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '#domain';
import { PageInfo } from '../graphql/page-info.model.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'MEMBER rates, reviews and proposes; CURATOR maintains the catalogue; ADMIN manages accounts.',
});

@ObjectType()
export class Account {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  /** Resolved by a guarded field resolver: admins and the account itself only. */
  email: string;

  @Field()
  createdAt: Date;

  /** These three: guarded field resolvers, admins and the account itself only. */
  emailVerifiedAt: Date | null;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
}

@ObjectType()
export class AccountEdge {
  @Field()
  cursor: string;

  @Field(() => Account)
  node: Account;
}

@ObjectType()
export class AccountConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [AccountEdge])
  edges: AccountEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
