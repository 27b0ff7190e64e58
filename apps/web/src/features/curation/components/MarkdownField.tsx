import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownDescription } from '../../../app/components/MarkdownDescription';

type Tab = 'write' | 'preview';
const TABS: Tab[] = ['write', 'preview'];

/**
 * A Markdown textarea with a "Voorbeeld" tab that renders it exactly as the instrument page does.
 * Tabs follow the ARIA tabs pattern: arrow keys move between them, Tab goes into the panel.
 */
export function MarkdownField({
  id,
  value,
  onChange,
  maxLength,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  describedBy?: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation('curation');
  const base = useId();
  const [tab, setTab] = useState<Tab>('write');
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ write: null, preview: null });

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length]
      : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length]
      : event.key === 'Home' ? TABS[0]
      : event.key === 'End' ? TABS[TABS.length - 1]
      : null;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabs.current[next]?.focus();
  };

  return (
    <div className="markdown-field">
      <div role="tablist" aria-label={t('editor.markdown.tabs')} className="markdown-field__tabs">
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`${base}-${name}-tab`}
            aria-selected={tab === name}
            aria-controls={`${base}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="markdown-field__tab"
            onClick={() => setTab(name)}
            onKeyDown={onKeyDown}
          >
            {t(`editor.markdown.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-write-panel`} aria-labelledby={`${base}-write-tab`} hidden={tab !== 'write'}>
        <textarea
          id={id}
          className="markdown-field__input"
          value={value}
          maxLength={maxLength}
          rows={14}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      <div
        role="tabpanel"
        id={`${base}-preview-panel`}
        aria-labelledby={`${base}-preview-tab`}
        hidden={tab !== 'preview'}
        tabIndex={0}
        className="markdown-field__preview"
      >
        {tab === 'preview' &&
          (value.trim() ? <MarkdownDescription source={value} /> : <p className="curation-muted">{t('editor.markdown.empty')}</p>)}
      </div>
    </div>
  );
}
