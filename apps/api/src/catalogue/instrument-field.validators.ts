import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { instrumentField, type InstrumentFieldName } from '#domain';

/**
 * class-validator rules for an input's descriptive field, one helper per kind, with the limits
 * of INSTRUMENT_FIELDS. Every field is optional in the inputs (an update sends what changed;
 * what a new instrument or proposal needs is checked by requireFields).
 */

/** Longest vocabulary code an input takes (the vocabularies' own rule is stricter; an unknown code is refused anyway). */
const CODE_MAX = 80;
const codes = { each: true, message: `each code must be a string of at most ${CODE_MAX} characters` } as const;

export const lengthMessage = (name: string, min: number, max: number) => ({ message: `${name} must be ${min} to ${max} characters` });

/** Applies decorators in the order they would be stacked on a property (the bottom one first), so the rules run in the written order. */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return applyDecorators(...decorators.reverse());
}

function limitsOf(name: InstrumentFieldName): { min?: number; max: number } {
  const { limits } = instrumentField(name);
  if (!limits) throw new Error(`${name} has no limits in INSTRUMENT_FIELDS`);
  return limits;
}

/** Texts are stored trimmed (normaliseFields), so their length is checked trimmed: "   " is no title. */
const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A text (or markdown): a string of the field's length, trimmed; with a minimum, the message names both ends. */
export function TextRules(name: InstrumentFieldName): PropertyDecorator {
  const { min, max } = limitsOf(name);
  return stacked(trimmed, IsOptional(), IsString(), min === undefined ? MaxLength(max) : Length(min, max, lengthMessage(name, min, max)));
}

export function EmailRules(name: InstrumentFieldName): PropertyDecorator {
  return stacked(IsOptional(), IsEmail({}, { message: `${name} must be an e-mail address` }), MaxLength(limitsOf(name).max));
}

/** One vocabulary code. */
export function TermRules(): PropertyDecorator {
  return stacked(IsOptional(), IsString(), MaxLength(CODE_MAX));
}

/** A set of vocabulary codes, of the field's size. */
export function TermSetRules(name: InstrumentFieldName): PropertyDecorator {
  const { min, max } = limitsOf(name);
  const atLeast = min === undefined ? [] : [ArrayMinSize(min, { message: `an instrument needs at least ${min === 1 ? 'one' : min} ${instrumentField(name).vocabulary}` })];
  return stacked(IsOptional(), IsArray(), ...atLeast, ArrayMaxSize(max), IsString(codes), MaxLength(CODE_MAX, codes));
}

/** Label + address rows, each checked by its own input class. */
export function LinksRules(name: InstrumentFieldName, link: () => new () => object): PropertyDecorator {
  return stacked(IsOptional(), IsArray(), ArrayMaxSize(limitsOf(name).max), ValidateNested({ each: true }), Type(link));
}
