import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator on every input; failures become BAD_USER_INPUT naming the fields. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
