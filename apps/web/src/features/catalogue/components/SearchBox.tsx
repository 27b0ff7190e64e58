import { useEffect, useId, useRef, useState } from 'react';
import { CATALOGUE_PARAMS } from '#domain';
import { useTranslation } from 'react-i18next';
import { CATALOGUE_FORM_ID } from '../hooks/useCatalogueUrl';

const DEBOUNCE_MS = 350;

/**
 * Search as you type (debounced), or at once with Enter. Also the catalogue's GET form: without
 * JavaScript it sends the search with the filters and sort that name it (`form` attribute).
 */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (search: string, replace: boolean) => void }) {
  const { t } = useTranslation('catalogue');
  const id = useId();
  const [text, setText] = useState(value);
  const typed = useRef(false);

  // Follow the URL (back/forward, clear all) unless the person is typing.
  useEffect(() => {
    if (!typed.current) setText(value);
  }, [value]);

  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => {
      typed.current = false;
      if (text.trim() !== value) onSearch(text, false);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <form
      role="search"
      className="search-box"
      id={CATALOGUE_FORM_ID}
      method="get"
      action="/"
      onSubmit={(event) => {
        event.preventDefault();
        typed.current = false;
        onSearch(text, false);
      }}
    >
      <label htmlFor={id}>{t('search.label')}</label>
      <div className="search-box__row">
        <input
          id={id}
          type="search"
          name={CATALOGUE_PARAMS.search}
          value={text}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          maxLength={500}
          onChange={(event) => {
            typed.current = true;
            setText(event.target.value);
          }}
        />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
