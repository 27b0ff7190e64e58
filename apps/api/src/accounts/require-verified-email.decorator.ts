import { applyDecorators, SetMetadata } from '@nestjs/common';
import { RequireRole } from './require-role.decorator.js';

export const REQUIRES_VERIFIED_EMAIL = 'nlc:requiresVerifiedEmail';

/**
 * A signed-in member whose e-mail address is proved: rating, reviewing and proposing. Others get
 * FORBIDDEN with `extensions.reason` EMAIL_NOT_VERIFIED (RolesGuard).
 */
export const RequireVerifiedEmail = () => applyDecorators(RequireRole('MEMBER'), SetMetadata(REQUIRES_VERIFIED_EMAIL, true));
