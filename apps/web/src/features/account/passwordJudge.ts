/**
 * The password judge in its own chunk, imported lazily by PasswordField. Imported from its file, not
 * through '#domain', whose modules all travel in the shell chunk.
 */
export { loadPasswordJudge } from '../../../../../libs/domain/src/password-strength';
