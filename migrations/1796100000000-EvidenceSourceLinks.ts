import type { MigrationInterface, QueryRunner } from 'typeorm';

const KIND_COLUMNS_BEFORE = `(kind = 'LINK' AND url IS NOT NULL AND label IS NOT NULL AND practice_report_id IS NULL AND pilot_id IS NULL)
   OR (kind = 'PRACTICE_REPORT' AND practice_report_id IS NOT NULL AND url IS NULL AND pilot_id IS NULL)
   OR (kind = 'PILOT' AND pilot_id IS NOT NULL AND url IS NULL AND practice_report_id IS NULL)`;

/**
 * Foreign keys for the practice reports and pilots an assessment cites (issue #21). An assessment is
 * history, so a cited report or pilot that is deleted (a deleted account takes its reports along)
 * does not take the citation with it: the key becomes NULL (ON DELETE SET NULL) and the label, the
 * report's or pilot's community and period at the time, stays. The kind check now asks a label of
 * every source; the append-only trigger lets exactly that change through.
 */
export class EvidenceSourceLinks1796100000000 implements MigrationInterface {
  name = 'EvidenceSourceLinks1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER evidence_assessment_sources_append_only ON evidence_assessment_sources`);
    await queryRunner.query(`ALTER TABLE "evidence_assessment_sources" DROP CONSTRAINT "evidence_assessment_sources_kind_columns"`);
    // Labels for what is cited already; ids that name nothing (no key kept them) lose their id.
    await queryRunner.query(`UPDATE evidence_assessment_sources s
      SET label = concat_ws(', ', r.community_name, r.period_from || COALESCE(' – ' || r.period_to, ''))
      FROM practice_reports r WHERE s.kind = 'PRACTICE_REPORT' AND s.label IS NULL AND r.id = s.practice_report_id`);
    await queryRunner.query(`UPDATE evidence_assessment_sources s
      SET label = concat_ws(', ', p.community, to_char(p.starts_on, 'YYYY-MM-DD'))
      FROM pilots p WHERE s.kind = 'PILOT' AND s.label IS NULL AND p.id = s.pilot_id`);
    await queryRunner.query(`UPDATE evidence_assessment_sources s SET practice_report_id = NULL, label = COALESCE(label, '(verwijderd)')
      WHERE s.practice_report_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM practice_reports r WHERE r.id = s.practice_report_id)`);
    await queryRunner.query(`UPDATE evidence_assessment_sources s SET pilot_id = NULL, label = COALESCE(label, '(verwijderd)')
      WHERE s.pilot_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pilots p WHERE p.id = s.pilot_id)`);
    // The updates queued deferred cache-version triggers; ALTER TABLE refuses to run with their events pending.
    await queryRunner.query('SET CONSTRAINTS ALL IMMEDIATE');

    await queryRunner.query(`ALTER TABLE "evidence_assessment_sources" ADD CONSTRAINT "evidence_assessment_sources_kind_columns" CHECK ((kind = 'LINK' AND url IS NOT NULL AND label IS NOT NULL AND practice_report_id IS NULL AND pilot_id IS NULL)
   OR (kind = 'PRACTICE_REPORT' AND label IS NOT NULL AND url IS NULL AND pilot_id IS NULL)
   OR (kind = 'PILOT' AND label IS NOT NULL AND url IS NULL AND practice_report_id IS NULL))`);
    await queryRunner.query(`CREATE INDEX "evidence_assessment_sources_practice_report_idx" ON "evidence_assessment_sources"  ("practice_report_id") `);
    await queryRunner.query(`CREATE INDEX "evidence_assessment_sources_pilot_idx" ON "evidence_assessment_sources"  ("pilot_id") `);
    await queryRunner.query(`ALTER TABLE "evidence_assessment_sources" ADD CONSTRAINT "FK_b883d292e45af39c38bbb9eced3" FOREIGN KEY ("practice_report_id") REFERENCES "practice_reports"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_assessment_sources" ADD CONSTRAINT "FK_0338c6430959017053ec086e889" FOREIGN KEY ("pilot_id") REFERENCES "pilots"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    // Append-only, except that a deleted report or pilot empties its key (ON DELETE SET NULL).
    await queryRunner.query(`CREATE FUNCTION evidence_source_unlink_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND (NEW.id, NEW.assessment_id, NEW.position, NEW.kind, NEW.url, NEW.label)
               IS NOT DISTINCT FROM (OLD.id, OLD.assessment_id, OLD.position, OLD.kind, OLD.url, OLD.label)
           AND (NEW.practice_report_id IS NULL OR NEW.practice_report_id = OLD.practice_report_id)
           AND (NEW.pilot_id IS NULL OR NEW.pilot_id = OLD.pilot_id) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER evidence_assessment_sources_append_only BEFORE UPDATE OR DELETE ON evidence_assessment_sources
      FOR EACH ROW EXECUTE FUNCTION evidence_source_unlink_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER evidence_assessment_sources_append_only ON evidence_assessment_sources`);
    await queryRunner.query(`DROP FUNCTION evidence_source_unlink_only()`);
    await queryRunner.query(`ALTER TABLE "evidence_assessment_sources" DROP CONSTRAINT "FK_0338c6430959017053ec086e889"`);
    await queryRunner.query(`ALTER TABLE "evidence_assessment_sources" DROP CONSTRAINT "FK_b883d292e45af39c38bbb9eced3"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_assessment_sources_pilot_idx"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_assessment_sources_practice_report_idx"`);
    await queryRunner.query(`ALTER TABLE "evidence_assessment_sources" DROP CONSTRAINT "evidence_assessment_sources_kind_columns"`);
    // Citations of deleted reports or pilots cannot come back under the old check; they go (trigger off meanwhile).
    await queryRunner.query(`DELETE FROM evidence_assessment_sources WHERE (kind = 'PRACTICE_REPORT' AND practice_report_id IS NULL) OR (kind = 'PILOT' AND pilot_id IS NULL)`);
    await queryRunner.query(`UPDATE evidence_assessment_sources SET label = NULL WHERE kind <> 'LINK'`);
    await queryRunner.query('SET CONSTRAINTS ALL IMMEDIATE');
    await queryRunner.query(`ALTER TABLE "evidence_assessment_sources" ADD CONSTRAINT "evidence_assessment_sources_kind_columns" CHECK (${KIND_COLUMNS_BEFORE})`);
    await queryRunner.query(`CREATE TRIGGER evidence_assessment_sources_append_only BEFORE UPDATE OR DELETE ON evidence_assessment_sources
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }
}
