import { Injectable } from '@nestjs/common';
import { REFERENCE_VOCABULARIES, SEARCH_LIMITS, searchTokens, type ReferenceVocabulary, type SearchToken } from '#domain';
import type { StoredTerm, VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import { SearchWordsQueries } from './search-words.queries.js';

/** One typed word, or a phrase the synonyms know ("theory of change"), with what it stands for. */
interface Unit {
  /** Token positions it covers. */
  from: number;
  to: number;
  phrase: string;
  synonyms: string[];
  compounds: string[];
  corrections: string[];
}

export interface FacetMatch {
  vocabulary: ReferenceVocabulary;
  term: StoredTerm;
  matchedText: string;
  remainingSearch: string | null;
}

/** A search as the catalogue's queries need it. */
export interface UnderstoodSearch {
  /** Per unit, a tsquery (text): the word OR its forms, synonyms, compounds and close spellings. Empty: nothing to find. */
  units: string[];
  /** The same without the close spellings, to tell whether the correction finds more. */
  unitsAsTyped: string[];
  /** The search with each unknown word replaced by its nearest spelling; null when nothing was corrected. */
  corrected: string | null;
  facetMatches: FacetMatch[];
}

const isPlainWord = (w: string) => /^[\p{L}\p{N}]+$/u.test(w);

/**
 * Reads a typed search the way a practitioner means it: stop words do not count, a word stands for
 * its synonyms (verb and noun forms, English, own words), for the compounds that contain it and,
 * when the catalogue does not know it, for its nearest spellings. Everything is looked up by index
 * in small tables (synonyms, the words dictionary), so the instruments are searched by the GIN index.
 */
@Injectable()
export class SearchUnderstandingService {
  constructor(private readonly words: SearchWordsQueries) {}

  async understand(search: string, vocabulary: VocabularySnapshot): Promise<UnderstoodSearch> {
    const tokens = dedupe(searchTokens(search)).slice(0, SEARCH_LIMITS.maxWords * 2);
    const phrases = this.phrases(tokens);
    const synonyms = await this.words.synonyms(phrases.map((p) => p.phrase));
    const units = this.units(tokens, synonyms);
    const lookups = [...new Set(units.flatMap((u) => [u.phrase, ...u.synonyms]).filter(isPlainWord))];
    const dictionary = await this.words.dictionary(lookups);
    for (const unit of units) {
      const own = dictionary.get(unit.phrase);
      unit.corrections = own && !own.known && !unit.synonyms.length ? own.corrections.slice(0, 2) : [];
      unit.compounds = [unit.phrase, ...unit.synonyms].flatMap((w) => dictionary.get(w)?.compounds ?? []);
    }
    const corrected = units.filter((u) => u.corrections.length);
    const correctionSynonyms = await this.words.synonyms(corrected.map((u) => u.corrections[0]));
    for (const unit of corrected) unit.corrections = [...unit.corrections, ...(correctionSynonyms.get(unit.corrections[0]) ?? [])];

    const labels = this.labelParts(vocabulary);
    const lexemes = await this.words.lexemes([
      ...new Set([...units.flatMap((u) => [u.phrase, ...u.synonyms, ...u.compounds, ...u.corrections]), ...phrases.map((p) => p.phrase), ...labels.map((l) => l.text)]),
    ]);
    const orOf = (texts: string[]) => {
      const parts = [...new Set(texts.map((t) => lexemes.get(t)).filter((l): l is string => !!l))];
      return parts.length ? parts.map((p) => `(${p})`).join(' | ') : null;
    };
    const built = units
      .map((u) => ({
        all: orOf([u.phrase, ...u.synonyms, ...u.compounds, ...u.corrections]),
        typed: orOf([u.phrase, ...u.synonyms, ...u.compounds]),
      }))
      .filter((b): b is { all: string; typed: string | null } => b.all !== null);
    return {
      units: built.map((b) => b.all),
      // A word the catalogue does not know finds nothing as typed.
      unitsAsTyped: built.map((b) => b.typed ?? "'nlc:unknown'"),
      corrected: corrected.length
        ? tokens.map((t, i) => corrected.find((u) => u.from === i)?.corrections[0] ?? t.typed).join(' ')
        : null,
      facetMatches: this.facetMatches(tokens, phrases, synonyms, units, labels, lexemes),
    };
  }

  /** Runs of 1..maxPhraseWords tokens that neither start nor end with a stop word. */
  private phrases(tokens: SearchToken[]) {
    const phrases: { from: number; to: number; phrase: string }[] = [];
    for (let from = 0; from < tokens.length; from++) {
      for (let to = from; to < Math.min(tokens.length, from + SEARCH_LIMITS.maxPhraseWords); to++) {
        if (tokens[from].stop || tokens[to].stop) continue;
        phrases.push({ from, to, phrase: tokens.slice(from, to + 1).map((t) => t.word).join(' ') });
      }
    }
    return phrases;
  }

  /** Left to right, the longest phrase the synonyms know, else the single word; stop words drop out. */
  private units(tokens: SearchToken[], synonyms: Map<string, string[]>): Unit[] {
    const units: Unit[] = [];
    for (let from = 0; from < tokens.length && units.length < SEARCH_LIMITS.maxWords; from++) {
      if (tokens[from].stop) continue;
      let to = from;
      for (let end = Math.min(tokens.length, from + SEARCH_LIMITS.maxPhraseWords) - 1; end > from; end--) {
        const phrase = tokens.slice(from, end + 1).map((t) => t.word).join(' ');
        if (!tokens[end].stop && synonyms.has(phrase)) {
          to = end;
          break;
        }
      }
      const phrase = tokens.slice(from, to + 1).map((t) => t.word).join(' ');
      units.push({ from, to, phrase, synonyms: (synonyms.get(phrase) ?? []).filter((s) => s !== phrase), compounds: [], corrections: [] });
      from = to;
    }
    return units;
  }

  /**
   * Every label (Dutch and English) and its parts: "Checklist of zelfscan" is also "zelfscan".
   * Hidden terms are not offered as filters, as they are not in the pickers.
   */
  private labelParts(vocabulary: VocabularySnapshot) {
    const parts: { vocabulary: ReferenceVocabulary; term: StoredTerm; text: string }[] = [];
    for (const name of REFERENCE_VOCABULARIES) {
      for (const term of vocabulary.terms[name].filter((t) => !t.hidden)) {
        const texts = new Set<string>();
        for (const label of [term.labelNl, term.labelEn]) {
          const clean = label.toLowerCase().trim();
          texts.add(clean.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim());
          for (const part of clean.split(/\s*(?:\(|\)|,|\/|\bof\b|\ben\b|\band\b|\bor\b)\s*/)) if (part.trim()) texts.add(part.trim());
        }
        for (const text of texts) parts.push({ vocabulary: name, term, text });
      }
    }
    return parts;
  }

  private facetMatches(
    tokens: SearchToken[],
    phrases: { from: number; to: number; phrase: string }[],
    synonyms: Map<string, string[]>,
    units: Unit[],
    labels: { vocabulary: ReferenceVocabulary; term: StoredTerm; text: string }[],
    lexemes: Map<string, string>,
  ): FacetMatch[] {
    const byLexemes = new Map<string, typeof labels>();
    for (const label of labels) {
      const key = lexemes.get(label.text);
      if (key) byLexemes.set(key, [...(byLexemes.get(key) ?? []), label]);
    }
    const candidates = phrases.map((p) => {
      const unit = units.find((u) => u.from === p.from && u.to === p.to);
      return { ...p, forms: [p.phrase, ...(synonyms.get(p.phrase) ?? []), ...(unit?.corrections.slice(0, 1) ?? [])] };
    });
    const found: { from: number; to: number; vocabulary: ReferenceVocabulary; term: StoredTerm }[] = [];
    for (const c of candidates) {
      const hits = new Map<string, (typeof labels)[number]>();
      for (const form of c.forms) for (const l of byLexemes.get(lexemes.get(form) ?? '') ?? []) hits.set(`${l.vocabulary}:${l.term.code}`, l);
      for (const name of REFERENCE_VOCABULARIES) {
        const term = termByTypedCode(labels, name, c.phrase);
        if (term) hits.set(`${name}:${term.code}`, { vocabulary: name, term, text: c.phrase });
      }
      for (const hit of hits.values()) found.push({ from: c.from, to: c.to, vocabulary: hit.vocabulary, term: hit.term });
    }
    // The longest words that name a value win; a value is offered once.
    found.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const seen = new Set<string>();
    const matches: (FacetMatch & { from: number })[] = [];
    for (const f of found) {
      const key = `${f.vocabulary}:${f.term.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rest = tokens.filter((_, i) => i < f.from || i > f.to);
      matches.push({
        from: f.from,
        vocabulary: f.vocabulary,
        term: f.term,
        matchedText: tokens.slice(f.from, f.to + 1).map((t) => t.typed).join(' '),
        remainingSearch: rest.some((t) => !t.stop) ? rest.map((t) => t.typed).join(' ') : null,
      });
    }
    return matches.sort((a, b) => a.from - b.from).map(({ from: _from, ...match }) => match);
  }
}

/** A vocabulary code typed as a word ("mbo", "hbo"). */
function termByTypedCode(labels: { vocabulary: ReferenceVocabulary; term: StoredTerm }[], name: ReferenceVocabulary, phrase: string) {
  return labels.find((l) => l.vocabulary === name && l.term.code.toLowerCase() === phrase)?.term;
}

/** A word typed twice counts once ("evaluatie evaluatie …"). */
function dedupe(tokens: SearchToken[]): SearchToken[] {
  const seen = new Set<string>();
  return tokens.filter((t) => (t.stop ? true : !seen.has(t.word) && seen.add(t.word)));
}
