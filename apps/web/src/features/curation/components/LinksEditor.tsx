import { INSTRUMENT_LIMITS as L } from '#domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { linkRow, type LinkRow } from '../instrumentForm';

type Part = 'label' | 'up' | 'down' | 'remove';

/** Link rows (text + address) to add, remove and reorder; focus follows the row that moved. */
export function LinksEditor({
  links,
  onChange,
  errorOf,
  listError,
  idOf,
}: {
  links: LinkRow[];
  onChange: (links: LinkRow[]) => void;
  errorOf: (index: number, part: 'label' | 'url') => string | null;
  listError: string | null;
  /** Ids for the cells (and `list` for the add button), for links from the form's ErrorSummary. */
  idOf?: (index: number | 'list', part?: 'label' | 'url') => string;
}) {
  const { t } = useTranslation('curation');
  const container = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<{ key: string; part: Part } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focus) return;
    const row = container.current?.querySelector(`[data-link="${focus.key}"]`);
    // A moved row at either end gets its other arrow; a removed row's neighbour its remove button.
    const other = focus.part === 'up' ? 'down' : focus.part === 'down' ? 'up' : focus.part;
    const target =
      row?.querySelector<HTMLElement>(`[data-part="${focus.part}"]:not(:disabled)`) ??
      row?.querySelector<HTMLElement>(`[data-part="${other}"]:not(:disabled)`) ??
      row?.querySelector<HTMLElement>('[data-part="label"]');
    (target ?? addButton.current)?.focus();
    setFocus(null);
  }, [focus]);

  const update = (index: number, patch: Partial<LinkRow>) =>
    onChange(links.map((link, i) => (i === index ? { ...link, ...patch } : link)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...links];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    onChange(next);
    setFocus({ key: moved!.key, part: by < 0 ? 'up' : 'down' });
  };
  const remove = (index: number) => {
    const neighbour = links[index + 1] ?? links[index - 1];
    onChange(links.filter((_, i) => i !== index));
    setFocus(neighbour ? { key: neighbour.key, part: 'remove' } : { key: '', part: 'label' });
  };
  const add = () => {
    const row = linkRow();
    onChange([...links, row]);
    setFocus({ key: row.key, part: 'label' });
  };

  return (
    <div ref={container} className="links-editor">
      {links.length === 0 ? (
        <p className="curation-muted">{t('editor.links.empty')}</p>
      ) : (
        <ol className="links-editor__list">
          {links.map((link, index) => {
            const number = index + 1;
            const hidden = <span className="visually-hidden"> ({t('editor.links.row', { number })})</span>;
            return (
              <li key={link.key} data-link={link.key} className="links-editor__row">
                <Field id={idOf?.(index, 'label')} label={<>{t('editor.links.label')}{hidden}</>} error={errorOf(index, 'label')} required>
                  {(props) => (
                    <input {...props} data-part="label" maxLength={L.linkLabel.max} value={link.label} onChange={(e) => update(index, { label: e.target.value })} />
                  )}
                </Field>
                <Field id={idOf?.(index, 'url')} label={<>{t('editor.links.url')}{hidden}</>} error={errorOf(index, 'url')} required>
                  {(props) => (
                    <input {...props} type="url" inputMode="url" maxLength={L.linkUrl.max} value={link.url} onChange={(e) => update(index, { url: e.target.value })} />
                  )}
                </Field>
                <div className="links-editor__buttons">
                  <button type="button" className="button button--secondary button--small" data-part="up" disabled={index === 0} aria-label={t('editor.links.upLabel', { number })} onClick={() => move(index, -1)}>
                    <span aria-hidden="true">↑</span> {t('editor.links.up')}
                  </button>
                  <button type="button" className="button button--secondary button--small" data-part="down" disabled={index === links.length - 1} aria-label={t('editor.links.downLabel', { number })} onClick={() => move(index, 1)}>
                    <span aria-hidden="true">↓</span> {t('editor.links.down')}
                  </button>
                  <button type="button" className="button button--secondary button--small" data-part="remove" aria-label={t('editor.links.removeLabel', { number })} onClick={() => remove(index)}>
                    {t('editor.links.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {listError && <p className="field__error">{listError}</p>}
      <p className="links-editor__add">
        <button ref={addButton} id={idOf?.('list')} type="button" className="button button--secondary" onClick={add} disabled={links.length >= L.links.max}>
          <span aria-hidden="true">+</span> {t('editor.links.add')}
        </button>
        {links.length >= L.links.max && <span className="field__hint"> {t('editor.links.max', { max: L.links.max })}</span>}
      </p>
    </div>
  );
}
