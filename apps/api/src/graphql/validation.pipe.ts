import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from '../common/domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** A NUL (PostgreSQL cannot store it) or a lone UTF-16 surrogate (not text; crashes validators). */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
export const NOT_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Paths of strings that are not storable text. */
function nulPaths(value: unknown, path: string, found: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    if (NOT_TEXT.test(value)) found.push(path);
  } else if (depth > 8) {
    return found;
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nulPaths(item, path ? `${path}.${i}` : String(i), found, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nulPaths(item, path ? `${path}.${key}` : key, found, depth + 1);
  }
  return found;
}

/** Input and args classes; not the context, info or untyped parameters. */
const isInputClass = (metatype: unknown) =>
  typeof metatype === 'function' && ![Object, String, Number, Boolean, Array].includes(metatype as never);

/**
 * GraphQL applies an argument's default only when the argument is left out; an explicit null
 * (`first: null`) means "no preference" here too, so it takes the class's default value.
 */
function withDefaults(value: object, metatype: NonNullable<ArgumentMetadata['metatype']>): object {
  if (metatype.length > 0) return value;
  const defaults = new (metatype as new () => Record<string, unknown>)();
  const nulls = Object.entries(value).filter(([key, item]) => item === null && defaults[key] !== undefined);
  if (nulls.length === 0) return value;
  return { ...value, ...Object.fromEntries(nulls.map(([key]) => [key, defaults[key]])) };
}

/**
 * class-validator, after refusing NUL characters and broken Unicode anywhere in an input
 * object. (A NUL in a plain id or slug argument fails in PostgreSQL and is mapped to
 * BAD_USER_INPUT by the error formatter.)
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (value && typeof value === 'object' && metadata.type !== 'custom' && isInputClass(metadata.metatype)) {
      value = withDefaults(value, metadata.metatype!);
    }
    // Named input objects (`input: …Input`); query arguments (an @ArgsType such as the
    // catalogue's `search`) take any text and clean it themselves.
    if (!value || typeof value !== 'object' || !metadata.data || !isInputClass(metadata.metatype)) return super.transform(value, metadata);
    const paths = nulPaths(value, metadata.data);
    if (paths.length) throw badInput('Text may not contain NUL characters or broken Unicode.', ...paths);
    return super.transform(value, metadata);
  }
}

/** class-validator on every input; failures become BAD_USER_INPUT naming the fields. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return badInput(
        problems.map((p) => p.messages.join('; ')).join('; '),
        ...problems.map((p) => p.field),
      );
    },
  });
}
