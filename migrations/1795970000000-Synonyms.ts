import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first synonym groups: verb and noun forms the `dutch` stemmer keeps apart, English words
 * for the Dutch ones a visitor reads in the catalogue, and the practitioners' own words. Data,
 * not code: curators edit them in Beheer from here on.
 */
const INITIAL_GROUPS: string[][] = [
  ['evaluatie', 'evalueren', 'evalueer', 'evaluaties', 'evaluation', 'evaluate', 'evaluating', 'evaluatiewerkvorm'],
  ['reflectie', 'reflecteren', 'reflecteer', 'reflectievragen', 'reflection', 'reflect', 'reflective'],
  ['opschalen', 'opschaling', 'opschaal', 'opschaalbaarheid', 'scaling', 'scale up', 'upscaling'],
  ['samenwerking', 'samenwerken', 'samenwerkingsrelaties', 'collaboration', 'cooperation', 'collaborate', 'partnership'],
  ['bedrijf', 'bedrijven', 'werkveld', 'werkgever', 'werkgevers', 'opdrachtgever', 'opdrachtgevers', 'werkveldpartner', 'werkveldpartners', 'company', 'companies', 'employer', 'employers', 'industry'],
  ['vragenlijst', 'vragenlijsten', 'enquête', 'enquete', 'questionnaire', 'survey'],
  ['zelfscan', 'self-assessment', 'zelfevaluatie', 'zelfbeoordeling', 'self-scan', 'self assessment'],
  ['docent', 'docenten', 'leraar', 'leraren', 'leerkracht', 'leerkrachten', 'teacher', 'teachers', 'lecturer'],
  ['student', 'studenten', 'leerling', 'leerlingen', 'students', 'learner', 'learners'],
  ['spel', 'game', 'games', 'serious game', 'spelvorm'],
  ['rubric', 'rubrics', 'beoordelingsschema', 'beoordelingsrubric'],
  ['handreiking', 'handreikingen', 'handleiding', 'gids', 'guide', 'guideline', 'manual'],
  ['werkvorm', 'werkvormen', 'workshop', 'oefening', 'exercise', 'work form'],
  ['model', 'raamwerk', 'framework', 'theorie', 'theory'],
  ['learning community', 'learning communities', 'lc', 'leergemeenschap', 'leergemeenschappen', 'lerende gemeenschap'],
  ['ontwikkelen', 'ontwikkeling', 'opzetten', 'develop', 'development', 'set up'],
  ['borging', 'borgen', 'verduurzamen', 'duurzaamheid', 'sustain', 'sustainability', 'embedding', 'continuity'],
  ['impact', 'effect', 'effecten', 'opbrengst', 'opbrengsten', 'opleveren', 'oplevert', 'levert', 'outcome', 'outcomes', 'waarde'],
  ['feedback', 'terugkoppeling', 'feedforward'],
  ['kennisdeling', 'kennis delen', 'knowledge sharing'],
  ['leiderschap', 'leadership', 'leider'],
  ['eigenaarschap', 'ownership', 'regie'],
  ['bijeenkomst', 'bijeenkomsten', 'sessie', 'meeting', 'meetings'],
  ['veranderingstheorie', 'verandertheorie', 'theory of change', 'toc'],
  ['financiering', 'financien', 'financiën', 'bekostiging', 'bekostigen', 'subsidie', 'geld', 'funding', 'verdienmodel', 'verdienmodellen'],
  ['privacy', 'avg', 'gdpr'],
  ['betrokkenheid', 'engagement', 'motivatie'],
  ['canvas', 'placemat'],
  ['checklist', 'afvinklijst', 'controlelijst'],
  ['stakeholders', 'stakeholder', 'belanghebbenden', 'partijen'],
];

/** Words that mean the same to a searcher; a word is in at most one group (its primary key). */
export class Synonyms1795970000000 implements MigrationInterface {
  name = 'Synonyms1795970000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "synonym_groups" ("id" SERIAL NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_synonym_groups" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "synonym_words" ("word" text NOT NULL, "group_id" integer NOT NULL, "position" integer NOT NULL, "lexemes" text NOT NULL, CONSTRAINT "PK_synonym_words" PRIMARY KEY ("word"))`);
    await queryRunner.query(`CREATE INDEX "synonym_words_group_idx" ON "synonym_words" ("group_id", "position")`);
    await queryRunner.query(`CREATE INDEX "synonym_words_lexemes_idx" ON "synonym_words" ("lexemes")`);
    await queryRunner.query(`ALTER TABLE "synonym_words" ADD CONSTRAINT "FK_707ef904961a8b85805299b03fc" FOREIGN KEY ("group_id") REFERENCES "synonym_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Anonymous answers depend on the synonyms: a curator's edit must reach them at once.
    for (const table of ['synonym_groups', 'synonym_words']) {
      await queryRunner.query(`CREATE CONSTRAINT TRIGGER cache_version_bump AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version()`);
      await queryRunner.query(`CREATE TRIGGER cache_version_bump_truncate AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version()`);
    }
    for (const words of INITIAL_GROUPS) {
      await queryRunner.query(
        `WITH g AS (INSERT INTO synonym_groups DEFAULT VALUES RETURNING id)
         INSERT INTO synonym_words (word, group_id, position, lexemes)
         SELECT w, g.id, o, websearch_to_tsquery('dutch', nlc_unaccent(w))::text FROM g, unnest($1::text[]) WITH ORDINALITY AS u(w, o)`,
        [words],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "synonym_words"`);
    await queryRunner.query(`DROP TABLE "synonym_groups"`);
  }
}
