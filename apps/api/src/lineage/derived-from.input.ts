import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

/** The optional `derivedFromId` of the inputs that create or edit an instrument ("afgeleid van"); null clears it. */
export function DerivedFromField(): PropertyDecorator {
  return applyDecorators(
    Field(() => ID, {
      nullable: true,
      description: 'The instrument this one is adapted from ("afgeleid van"); it must exist, not be this one, and not be adapted from this one. Null clears it.',
    }),
    IsOptional(),
    IsUUID('all', { message: 'derivedFromId must be an instrument id' }),
  );
}
