import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../../app/router';
import { useTermLabel } from '../../../app/labels';
import { catalogueHref, type CatalogueParam } from '../catalogueLink';
import { CountTable } from './CountTable';
import type { TermCountItem } from './types';

// recharts (the larger part of the overview's download) comes when a chart is about to be seen.
const CountBarPlot = lazy(() => import('./CountBarPlot').then((m) => ({ default: m.CountBarPlot })));

/** Vertical room per term: its label above, its bar below. */
const ROW_HEIGHT = 44;

interface CountBarChartProps {
  terms: readonly TermCountItem[];
  /** The catalogue URL parameter a bar or table row filters on. */
  param: CatalogueParam;
  caption: string;
  /** Header of the term column in the table alternative. */
  column: string;
}

/**
 * Counts per term as horizontal bars. The SVG is hidden from assistive technology; the table in the
 * <details> below carries the same numbers and links for everyone.
 */
export function CountBarChart({ terms, param, caption, column }: CountBarChartProps) {
  const { t } = useTranslation('overview');
  const label = useTermLabel();
  const navigate = useNavigate();
  const data = terms.map((term) => ({ code: term.code, label: label(term), count: term.count }));
  const height = data.length * ROW_HEIGHT + 4;
  const [plot, visible] = useSeen<HTMLDivElement>();

  return (
    <figure className="count-chart">
      <figcaption>
        <span className="count-chart__caption">{caption}</span> <span className="count-chart__hint">{t('chart.hint')}</span>
      </figcaption>
      {/* The chart's own height from the start (server, hydration, loading): nothing below it moves. */}
      <div className="count-chart__plot" aria-hidden="true" ref={plot}>
        {visible ? (
          <Suspense fallback={<svg className="count-chart__placeholder" width="100%" height={height} focusable="false" />}>
            <CountBarPlot
              data={data}
              height={height}
              onBar={(term) => {
                if (term.count > 0) void navigate(catalogueHref({ [param]: term.code }));
              }}
            />
          </Suspense>
        ) : (
          // Its height as an attribute: a style prop would be a style attribute in server HTML (CSP).
          <svg className="count-chart__placeholder" width="100%" height={height} focusable="false" />
        )}
      </div>
      <details className="count-chart__table">
        <summary>{t('chart.showTable')}</summary>
        <CountTable terms={terms} param={param} caption={caption} column={column} hideCaption />
      </details>
    </figure>
  );
}

/** Whether the element has come near the screen (then stays true); false on the server and while hydrating. */
function useSeen<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    }, { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return [ref, seen];
}
