import { defaultUrlTransform } from 'react-markdown';
import type { Instrument } from './types';

/** The host name shown next to a link, so people see where it leads before they follow it. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** The address to link to, or '' for an unsafe one (javascript:, data: and the like), which stays text. */
export function safeHref(url: string): string {
  // Same rule as the description.
  return defaultUrlTransform(url.trim());
}

/** The way to the instrument itself: its first link that may be followed, or null. */
export function primaryLink(links: Instrument['links']): { label: string; href: string; host: string | null } | null {
  for (const link of links) {
    const href = safeHref(link.url);
    if (href) return { label: link.label, href, host: hostOf(link.url) };
  }
  return null;
}
