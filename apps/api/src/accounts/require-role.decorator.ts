import { SetMetadata } from '@nestjs/common';
import type { Role } from '#domain';

export const REQUIRED_ROLE = 'nlc:requiredRole';

/** The least role a resolver (or field) needs; MEMBER means "signed in". Unmarked means public. */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);
