import { useQuery } from '@apollo/client/react';
import { INSTITUTION_SIGN_IN, isInstitutionSignInFailure } from '#domain';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../app/components/FormAlert';
import { useSearchParams } from '../../../app/router';
import { SignInOptionsQuery } from '../graphql/institution.documents';
import './institution-sign-in.css';

/**
 * The sign-in page's "Inloggen met je instelling" (single sign-on), when the server has it on: a
 * plain link to the API's start route (the browser leaves the app for the institution and comes
 * back signed in at `back`), and the message of a sign-in that came back without success.
 */
export function InstitutionSignIn({ back }: { back: string }) {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const { data } = useQuery(SignInOptionsQuery);
  const institution = data?.signInOptions.institution;
  if (!institution) return null;
  const failure = params.get(INSTITUTION_SIGN_IN.failureParam);
  const href = back === '/' ? institution.startPath : `${institution.startPath}?${new URLSearchParams({ next: back })}`;
  return (
    <div className="institution-sign-in">
      <FormAlert message={isInstitutionSignInFailure(failure) ? t(`institution.failure.${failure}`) : null} />
      <a className="button institution-sign-in__button" href={href}>
        {institution.label === INSTITUTION_SIGN_IN.defaultLabel ? t('institution.button') : institution.label}
      </a>
      <p className="institution-sign-in__hint">{t('institution.hint')}</p>
      <p className="institution-sign-in__or">{t('institution.or')}</p>
    </div>
  );
}
