import { useTranslation } from 'react-i18next';

/** "120 van 400 tekens" below a long field; turns red past the limit. */
export function CharacterCounter({ value, max }: { value: string; max: number }) {
  const { t } = useTranslation('proposals');
  const count = value.trim().length;
  return (
    <p className={count > max ? 'char-counter char-counter--over' : 'char-counter'}>{t('form.counter', { count, max })}</p>
  );
}
