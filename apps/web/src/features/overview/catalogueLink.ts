/**
 * Links into the catalogue, filtered the way the catalogue reads its URL. The parameter names are
 * the catalogue's public URL contract (shared links use them), so they are spelled out here rather
 * than imported from the catalogue feature's internals.
 */
export type CatalogueParam = 'fase' | 'status' | 'soort' | 'doelgroep' | 'sector' | 'onderbouwing' | 'thema' | 'herkomst';

export function catalogueHref(filters: Partial<Record<CatalogueParam, string>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value) params.append(name, value);
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}
