import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "Single sign-on with the institution's account (OpenID Connect, e.g. SURFconext)." })
export class InstitutionSignIn {
  @Field({ description: "The button's text (OIDC_BUTTON_LABEL)." })
  label: string;

  @Field({ description: 'Where the button goes (GET, with `?next=/a/local/path` to come back to).' })
  startPath: string;
}

@ObjectType({ description: 'The ways to sign in besides e-mail address and password.' })
export class SignInOptions {
  @Field(() => InstitutionSignIn, { nullable: true, description: 'Null when single sign-on is not configured.' })
  institution: InstitutionSignIn | null;
}
