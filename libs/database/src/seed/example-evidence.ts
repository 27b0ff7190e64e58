import { MIGRATED_ASSESSMENT_REASON } from '#domain';
import type { Queryable } from './seed-example-data.js';

/**
 * The example levels as the migration EvidenceAssessments takes over a catalogue's levels: a first
 * assessment "Overgenomen uit de catalogus", by nobody, dated at the instrument's creation. Always
 * loaded with the example instruments, so a level always has its assessment.
 */
export async function seedFirstAssessments(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO evidence_assessments (instrument_id, level, reason, assessed_at)
     SELECT id, evidence_level, $1, created_at FROM instruments
     WHERE evidence_level <> 'NOT_ASSESSED' AND NOT EXISTS (SELECT 1 FROM evidence_assessments a WHERE a.instrument_id = instruments.id)
     ORDER BY created_at, id`,
    [MIGRATED_ASSESSMENT_REASON],
  );
}

interface ExampleAssessment {
  slug: string;
  reason: string;
  at: string;
  sources: { label: string; url: string }[];
}

/** Later assessments by the working group (fictional), at each instrument's current level, with their sources. */
export const exampleAssessments: ExampleAssessment[] = [
  {
    slug: 'vragenlijst-leerklimaat-in-de-learning-community',
    reason:
      'Herbeoordeeld na twee effectstudies in vijf learning communities (fictief): de vragenlijst meet het leerklimaat betrouwbaar en de uitkomsten hangen samen met wat deelnemers leren.',
    at: '2025-11-12T10:00:00Z',
    sources: [
      { label: 'Effectstudie leerklimaat 2024 (fictief)', url: 'https://example.org/onderzoek/leerklimaat-2024' },
      { label: 'Validatie van de vragenlijst (fictief)', url: 'https://example.org/onderzoek/leerklimaat-validatie' },
    ],
  },
  {
    slug: 'rubric-samenwerking-onderwijs-werkveld',
    reason:
      'Doel, opzet en werking zijn beschreven en onderbouwd met literatuur over samenwerking tussen onderwijs en werkveld; een effectstudie ontbreekt nog.',
    at: '2025-06-03T09:30:00Z',
    sources: [{ label: 'Onderbouwing van de rubric (fictief)', url: 'https://example.org/onderbouwing/rubric-samenwerking' }],
  },
  {
    slug: 'formatieve-evaluatie-van-je-learning-community',
    reason: 'Eerste aanwijzingen uit een evaluatie in drie learning communities (fictief): deelnemers stelden hun doelen vaker bij.',
    at: '2025-09-18T14:00:00Z',
    sources: [{ label: 'Evaluatieverslag (fictief)', url: 'https://example.org/evaluatie/formatieve-evaluatie' }],
  },
];

/** "Afgeleid van": adapted instrument → the instrument it comes from. */
export const exampleDerivations: { slug: string; from: string }[] = [
  { slug: 'rubric-interdisciplinaire-samenwerking', from: 'rubric-samenwerking-onderwijs-werkveld' },
  { slug: 'rubric-eigenaarschap-van-studenten', from: 'rubric-samenwerking-onderwijs-werkveld' },
  { slug: 'zelfscan-gedeeld-leiderschap', from: 'zelfscan-duurzaamheid-van-je-learning-community' },
];

/** The working group's later assessments and the lineage of the example instruments (with the example community). */
export async function seedExampleEvidence(db: Queryable, curatorName: string): Promise<void> {
  for (const assessment of exampleAssessments) {
    await db.query(
      `WITH added AS (
         INSERT INTO evidence_assessments (instrument_id, level, reason, assessed_by_name, assessed_at)
         SELECT id, evidence_level, $2, $3, $4 FROM instruments WHERE slug = $1
         RETURNING id)
       INSERT INTO evidence_assessment_sources (assessment_id, position, kind, label, url)
       SELECT added.id, s.position, 'LINK', s.label, s.url
       FROM added, unnest($5::text[], $6::text[]) WITH ORDINALITY AS s(label, url, position)`,
      [assessment.slug, assessment.reason, curatorName, assessment.at, assessment.sources.map((s) => s.label), assessment.sources.map((s) => s.url)],
    );
  }
  await db.query(
    `UPDATE instruments i SET derived_from_id = o.id
     FROM unnest($1::text[], $2::text[]) AS d(slug, origin) JOIN instruments o ON o.slug = d.origin
     WHERE i.slug = d.slug`,
    [exampleDerivations.map((d) => d.slug), exampleDerivations.map((d) => d.from)],
  );
}

/**
 * An assessment that cites practice reports and a pilot besides a link (fictional): seeded after the
 * example reports and pilots, so one instrument shows reports, pilots, an assessment with its
 * reason and sources, and lineage together.
 */
export const exampleCitingAssessment = {
  slug: 'zelfscan-duurzaamheid-van-je-learning-community',
  reason:
    'Herbeoordeeld na de eerste pilot en twee praktijkvoorbeelden (fictief): de zelfscan is beschreven en in de praktijk beproefd; partners vonden hem bruikbaar, een effectstudie ontbreekt nog.',
  at: '2026-11-10T10:00:00Z',
  link: { label: 'Verslag van de pilot (fictief)', url: 'https://example.org/pilots/zelfscan-duurzaamheid' },
};

export async function seedExampleCitations(db: Queryable, curatorName: string): Promise<void> {
  const a = exampleCitingAssessment;
  await db.query(
    `WITH added AS (
       INSERT INTO evidence_assessments (instrument_id, level, reason, assessed_by_name, assessed_at)
       SELECT id, evidence_level, $2, $3, $4 FROM instruments WHERE slug = $1
       RETURNING id, instrument_id),
     cited AS (
       SELECT 'LINK'::evidence_source_kind AS kind, $6::text AS url, $5::text AS label, NULL::uuid AS report, NULL::uuid AS pilot, 0 AS rank, now() AS at
       UNION ALL
       SELECT 'PRACTICE_REPORT', NULL, concat_ws(', ', r.community_name, r.period_from || COALESCE(' – ' || r.period_to, '')), r.id, NULL, 1, r.published_at
       FROM practice_reports r JOIN added ON r.instrument_id = added.instrument_id WHERE r.status = 'PUBLISHED'
       UNION ALL
       SELECT 'PILOT', NULL, concat_ws(', ', p.community, to_char(p.starts_on, 'YYYY-MM-DD')), NULL, p.id, 2, p.starts_on
       FROM pilots p JOIN added ON p.instrument_id = added.instrument_id WHERE p.state = 'FINISHED')
     INSERT INTO evidence_assessment_sources (assessment_id, position, kind, url, label, practice_report_id, pilot_id)
     SELECT added.id, row_number() OVER (ORDER BY c.rank, c.at), c.kind, c.url, c.label, c.report, c.pilot FROM added, cited c`,
    [a.slug, a.reason, curatorName, a.at, a.link.label, a.link.url],
  );
}
