import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import {
  CATALOGUE_FACET_PARAMS,
  CATALOGUE_PARAMS,
  CATALOGUE_RETIRED_SHOWN,
  CATALOGUE_PRACTICE_ONLY,
  CATALOGUE_SORT_PARAMS,
  EVIDENCE_LEVELS,
  ORIGINS,
  PROTOTYPE_STATUSES,
  type CatalogueFacetParam,
  type CatalogueFilterField,
} from '#domain';
import type { InstrumentSort } from '../catalogue/catalogue.enums.js';
import { InstrumentFilter } from '../catalogue/instruments.args.js';
import { badInput } from '../common/domain-error.js';

/** Each facet's URL parameter (libs/domain, as the catalogue page uses them) and the filter field it fills. */
export const FACET_PARAMS: Record<CatalogueFacetParam, CatalogueFilterField & keyof InstrumentFilter> = Object.fromEntries(
  Object.values(CATALOGUE_FACET_PARAMS),
) as Record<CatalogueFacetParam, CatalogueFilterField>;

export const SORT_PARAMS: Record<string, InstrumentSort> = CATALOGUE_SORT_PARAMS;

const SEPARATORS: Record<string, Separator> = { komma: ',', puntkomma: ';', ',': ',', ';': ';' };
export type Separator = ',' | ';';

/** Fixed vocabularies are checked here, so the message names the URL parameter. */
const FIXED_VALUES: Partial<Record<CatalogueFacetParam, readonly string[]>> = {
  status: PROTOTYPE_STATUSES,
  onderbouwing: EVIDENCE_LEVELS,
  herkomst: ORIGINS,
};

/** The catalogue page's own state that does not change what is exported (how many rows it shows). */
const IGNORED = new Set<string>([CATALOGUE_PARAMS.shown]);

export interface ExportQuery {
  filter: InstrumentFilter;
  search?: string;
  sort?: InstrumentSort;
  separator: Separator;
}

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

function single(query: Record<string, unknown>, name: string): string | undefined {
  const values = list(query[name]);
  if (values.length > 1) throw badInput(`Give "${name}" once, not ${values.length} times.`, name);
  return values[0];
}

function messages(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => [...Object.values(e.constraints ?? {}), ...messages(e.children ?? [])]);
}

/**
 * Reads the export's query string: the catalogue page's parameters (repeated for several values),
 * so the page can link its own query string, plus `scheiding` (or `separator`) for the CSV.
 * Unknown parameters and values are refused in words, never silently ignored.
 */
export function parseExportQuery(query: Record<string, unknown>): ExportQuery {
  const known = [CATALOGUE_PARAMS.search, CATALOGUE_PARAMS.sort, CATALOGUE_PARAMS.retired, CATALOGUE_PARAMS.practice, 'scheiding', 'separator', ...Object.keys(FACET_PARAMS)];
  const unknown = Object.keys(query).filter((name) => !known.includes(name) && !IGNORED.has(name));
  if (unknown.length) {
    throw badInput(
      `Unknown parameter ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${known.join(', ')}.`,
      ...unknown,
    );
  }

  const plain: Record<string, string[]> = {};
  for (const [param, field] of Object.entries(FACET_PARAMS) as [CatalogueFacetParam, string][]) {
    const values = list(query[param]).map((v) => v.trim()).filter(Boolean);
    if (values.length === 0) continue;
    const allowed = FIXED_VALUES[param];
    const wrong = allowed ? values.filter((v) => !allowed.includes(v)) : [];
    if (wrong.length) {
      throw badInput(
        `"${param}" cannot be ${wrong.map((v) => `"${v}"`).join(', ')}; use ${allowed!.join(', ')}.`,
        param,
      );
    }
    plain[field] = values;
  }
  const filter = plainToInstance(InstrumentFilter, plain);
  // Retired instruments are left out, as on the catalogue page, unless the page shows them too.
  const retired = single(query, CATALOGUE_PARAMS.retired);
  if (retired !== undefined && retired !== CATALOGUE_RETIRED_SHOWN) {
    throw badInput(`"${CATALOGUE_PARAMS.retired}" cannot be "${retired}"; use ${CATALOGUE_RETIRED_SHOWN}.`, CATALOGUE_PARAMS.retired);
  }
  if (retired) filter.includeRetired = true;
  // "met praktijkvoorbeeld", as on the catalogue page.
  const practice = single(query, CATALOGUE_PARAMS.practice);
  if (practice !== undefined && practice !== CATALOGUE_PRACTICE_ONLY) {
    throw badInput(`"${CATALOGUE_PARAMS.practice}" cannot be "${practice}"; use ${CATALOGUE_PRACTICE_ONLY}.`, CATALOGUE_PARAMS.practice);
  }
  if (practice) filter.withPracticeReports = true;
  const problems = messages(validateSync(filter, { whitelist: true, forbidNonWhitelisted: true }));
  if (problems.length) throw badInput(problems.join('; '));

  const sortValue = single(query, CATALOGUE_PARAMS.sort);
  const sort = sortValue === undefined || sortValue === '' ? undefined : SORT_PARAMS[sortValue];
  if (sortValue && !sort) {
    throw badInput(`"sortering" cannot be "${sortValue}"; use ${Object.keys(SORT_PARAMS).join(', ')}.`, 'sortering');
  }

  const separatorValue = single(query, 'scheiding') ?? single(query, 'separator');
  const separator = separatorValue === undefined || separatorValue === '' ? ',' : SEPARATORS[separatorValue];
  if (!separator) {
    throw badInput(`The separator cannot be "${separatorValue}"; use komma or puntkomma (or , or ;).`, 'scheiding');
  }

  return { filter, search: single(query, CATALOGUE_PARAMS.search), sort, separator };
}
