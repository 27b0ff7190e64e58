import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795888098978 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is only STABLE; a fixed-dictionary wrapper is IMMUTABLE and may feed indexes.
    await queryRunner.query(`CREATE FUNCTION nlc_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await queryRunner.query(`CREATE TABLE "phases" ("id" SERIAL NOT NULL, "code" text NOT NULL, "label_nl" text NOT NULL, "label_en" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "hidden" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_463baa97a8b8ddd4a57c0c10f75" UNIQUE ("code"), CONSTRAINT "PK_e93bb53460b28d4daf72735d5d3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "phases_position_idx" ON "phases"  ("position", "code") `);
    await queryRunner.query(`CREATE TABLE "instrument_types" ("id" SERIAL NOT NULL, "code" text NOT NULL, "label_nl" text NOT NULL, "label_en" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "hidden" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_4bc1e1ff382d61c415513ab605e" UNIQUE ("code"), CONSTRAINT "PK_e161ccea463f0ddeb7d23cb42cf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "instrument_types_position_idx" ON "instrument_types"  ("position", "code") `);
    await queryRunner.query(`CREATE TABLE "audiences" ("id" SERIAL NOT NULL, "code" text NOT NULL, "label_nl" text NOT NULL, "label_en" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "hidden" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_b165d4f140808cbd448d60a0202" UNIQUE ("code"), CONSTRAINT "PK_d87c8fe1be471372dd505a9dc1f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audiences_position_idx" ON "audiences"  ("position", "code") `);
    await queryRunner.query(`CREATE TABLE "sectors" ("id" SERIAL NOT NULL, "code" text NOT NULL, "label_nl" text NOT NULL, "label_en" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "hidden" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_182f6a983ef4914b39c1aae5482" UNIQUE ("code"), CONSTRAINT "PK_923fdda0dc12f59add7b3a1782f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sectors_position_idx" ON "sectors"  ("position", "code") `);
    await queryRunner.query(`CREATE TABLE "tags" ("id" SERIAL NOT NULL, "code" text NOT NULL, "label_nl" text NOT NULL, "label_en" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "hidden" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_d3162d088b9e0bdf84dbea7d1e2" UNIQUE ("code"), CONSTRAINT "PK_e7dc17249a1148a1970748eda99" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "tags_position_idx" ON "tags"  ("position", "code") `);
    await queryRunner.query(`CREATE TYPE "public"."prototype_status" AS ENUM('IDEA', 'IN_DESIGN', 'PROTOTYPE', 'PILOTING', 'AVAILABLE', 'RETIRED')`);
    await queryRunner.query(`CREATE TABLE "instrument_status_changes" ("id" BIGSERIAL NOT NULL, "instrument_id" uuid NOT NULL, "from_status" "public"."prototype_status", "to_status" "public"."prototype_status" NOT NULL, "note" text, "changed_by_name" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4af3e5741bfe0f5ecff3450ea96" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "instrument_status_changes_instrument_idx" ON "instrument_status_changes"  ("instrument_id", "changed_at") `);
    await queryRunner.query(`CREATE TYPE "public"."evidence_level" AS ENUM('NOT_ASSESSED', 'DESCRIBED', 'SUBSTANTIATED', 'FIRST_INDICATIONS', 'GOOD_INDICATIONS', 'STRONG_INDICATIONS')`);
    await queryRunner.query(`CREATE TYPE "public"."instrument_origin" AS ENUM('EXISTING', 'NETWORK')`);
    await queryRunner.query(`CREATE TABLE "instruments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "description" text NOT NULL DEFAULT '', "status" "public"."prototype_status" NOT NULL, "evidence_level" "public"."evidence_level" NOT NULL DEFAULT 'NOT_ASSESSED', "origin" "public"."instrument_origin" NOT NULL, "type_id" integer NOT NULL, "owner_organisation" text, "contact_name" text, "contact_email" text, "language" text NOT NULL DEFAULT 'nl', "licence" text, "time_needed" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "search_title" text COLLATE "C" NOT NULL DEFAULT '', "search_vector" tsvector, CONSTRAINT "UQ_dfe42ec06030135da1c26cf9d20" UNIQUE ("slug"), CONSTRAINT "instruments_title_not_blank" CHECK (length(btrim(title)) > 0), CONSTRAINT "instruments_slug_format" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_44d772c3199b38559c5fb666eb6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "instruments_status_idx" ON "instruments"  ("status") `);
    await queryRunner.query(`CREATE INDEX "instruments_evidence_level_idx" ON "instruments"  ("evidence_level") `);
    await queryRunner.query(`CREATE INDEX "instruments_origin_idx" ON "instruments"  ("origin") `);
    await queryRunner.query(`CREATE INDEX "instruments_type_idx" ON "instruments"  ("type_id") `);
    await queryRunner.query(`CREATE INDEX "instruments_title_sort_idx" ON "instruments"  ("search_title", "id") `);
    await queryRunner.query(`CREATE INDEX "instruments_newest_idx" ON "instruments"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "instrument_links" ("id" SERIAL NOT NULL, "instrument_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "label" text NOT NULL, "url" text NOT NULL, CONSTRAINT "PK_6825cd92c399d024705b5062558" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "instrument_links_instrument_idx" ON "instrument_links"  ("instrument_id", "position") `);
    await queryRunner.query(`CREATE TABLE "instrument_phases" ("instrument_id" uuid NOT NULL, "phase_id" integer NOT NULL, CONSTRAINT "PK_e301c2a488ca91fe5a78ef54f8a" PRIMARY KEY ("instrument_id", "phase_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ee8dcac1c96ef861266edad3e7" ON "instrument_phases"  ("instrument_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_772b551382f7d2c6dfac278e7f" ON "instrument_phases"  ("phase_id") `);
    await queryRunner.query(`CREATE TABLE "instrument_audiences" ("instrument_id" uuid NOT NULL, "audience_id" integer NOT NULL, CONSTRAINT "PK_d90862e85d6927ae070e4d8ab34" PRIMARY KEY ("instrument_id", "audience_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4e11725b86a8194c1ecf76b9b4" ON "instrument_audiences"  ("instrument_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c8545eb758671c7f954780da05" ON "instrument_audiences"  ("audience_id") `);
    await queryRunner.query(`CREATE TABLE "instrument_sectors" ("instrument_id" uuid NOT NULL, "sector_id" integer NOT NULL, CONSTRAINT "PK_5eed110ec3112b6a903beb8168f" PRIMARY KEY ("instrument_id", "sector_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a098c4fc9adc619e434c1e89d0" ON "instrument_sectors"  ("instrument_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0d84e2fb97a441ec5ddbf32c4b" ON "instrument_sectors"  ("sector_id") `);
    await queryRunner.query(`CREATE TABLE "instrument_tags" ("instrument_id" uuid NOT NULL, "tag_id" integer NOT NULL, CONSTRAINT "PK_c585d325aabe7b76e6581703a4b" PRIMARY KEY ("instrument_id", "tag_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5174b0dec49cd6cf4de0e5c4b4" ON "instrument_tags"  ("instrument_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5458b23ca9536efb28a1947dc7" ON "instrument_tags"  ("tag_id") `);
    await queryRunner.query(`ALTER TABLE "instrument_status_changes" ADD CONSTRAINT "FK_613cb6b7d967044583c51ac984b" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "instruments" ADD CONSTRAINT "FK_c67f0bd98a4c5cd0b903c5b7062" FOREIGN KEY ("type_id") REFERENCES "instrument_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "instrument_links" ADD CONSTRAINT "FK_048ec89d44ac90ee53ae9eb81a6" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "instrument_phases" ADD CONSTRAINT "FK_ee8dcac1c96ef861266edad3e7c" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "instrument_phases" ADD CONSTRAINT "FK_772b551382f7d2c6dfac278e7ff" FOREIGN KEY ("phase_id") REFERENCES "phases"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "instrument_audiences" ADD CONSTRAINT "FK_4e11725b86a8194c1ecf76b9b4d" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "instrument_audiences" ADD CONSTRAINT "FK_c8545eb758671c7f954780da052" FOREIGN KEY ("audience_id") REFERENCES "audiences"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "instrument_sectors" ADD CONSTRAINT "FK_a098c4fc9adc619e434c1e89d02" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "instrument_sectors" ADD CONSTRAINT "FK_0d84e2fb97a441ec5ddbf32c4b0" FOREIGN KEY ("sector_id") REFERENCES "sectors"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "instrument_tags" ADD CONSTRAINT "FK_5174b0dec49cd6cf4de0e5c4b45" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "instrument_tags" ADD CONSTRAINT "FK_5458b23ca9536efb28a1947dc79" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE`);

    // Search: search_title and search_vector are kept by triggers, because the vector includes
    // the labels of the instrument's tags, which live in another table.
    await queryRunner.query(`CREATE FUNCTION instrument_search_vector(i instruments) RETURNS tsvector LANGUAGE sql STABLE AS $$
      SELECT setweight(to_tsvector('dutch', nlc_unaccent(coalesce(i.title, ''))), 'A')
          || setweight(to_tsvector('dutch', nlc_unaccent(coalesce(i.summary, ''))), 'B')
          || setweight(to_tsvector('dutch', nlc_unaccent(coalesce((
               SELECT string_agg(t.label_nl || ' ' || t.label_en, ' ')
               FROM instrument_tags it JOIN tags t ON t.id = it.tag_id
               WHERE it.instrument_id = i.id), ''))), 'C')
          || setweight(to_tsvector('dutch', nlc_unaccent(coalesce(i.description, ''))), 'D')
    $$`);
    await queryRunner.query(`CREATE FUNCTION instruments_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_title := lower(nlc_unaccent(NEW.title));
        NEW.search_vector := instrument_search_vector(NEW);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER instruments_search BEFORE INSERT OR UPDATE OF title, summary, description, search_vector ON instruments
      FOR EACH ROW EXECUTE FUNCTION instruments_search_trigger()`);
    await queryRunner.query(`CREATE FUNCTION instrument_tags_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE instruments SET search_vector = NULL
        WHERE id IN (SELECT instrument_id FROM changed_rows);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER instrument_tags_search_insert AFTER INSERT ON instrument_tags
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION instrument_tags_search_trigger()`);
    await queryRunner.query(`CREATE TRIGGER instrument_tags_search_delete AFTER DELETE ON instrument_tags
      REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION instrument_tags_search_trigger()`);
    await queryRunner.query(`CREATE FUNCTION tags_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE instruments SET search_vector = NULL
        WHERE id IN (SELECT instrument_id FROM instrument_tags WHERE tag_id = NEW.id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER tags_search AFTER UPDATE OF label_nl, label_en ON tags
      FOR EACH ROW EXECUTE FUNCTION tags_search_trigger()`);
    await queryRunner.query(`CREATE INDEX "instruments_search_vector_idx" ON "instruments" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "instruments_search_title_trgm_idx" ON "instruments" USING gin ("search_title" gin_trgm_ops)`);

    // The status history is append-only.
    await queryRunner.query(`CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER instrument_status_changes_append_only BEFORE UPDATE OR DELETE ON instrument_status_changes
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);

    // Reference data the catalogue starts with; curators extend it later.
    await queryRunner.query(`INSERT INTO phases (code, label_nl, label_en, position) VALUES
      ('DEVELOP', 'Ontwikkelen en inrichten', 'Develop and set up', 1),
      ('SUSTAIN_SCALE', 'Verduurzamen en opschalen', 'Sustain and scale up', 2),
      ('EVALUATE', 'Evalueren', 'Evaluate', 3)`);
    await queryRunner.query(`INSERT INTO instrument_types (code, label_nl, label_en, position) VALUES
      ('CANVAS', 'Canvas', 'Canvas', 1),
      ('CHECKLIST', 'Checklist of zelfscan', 'Checklist or self-scan', 2),
      ('QUESTIONNAIRE', 'Vragenlijst', 'Questionnaire', 3),
      ('RUBRIC', 'Rubric', 'Rubric', 4),
      ('WORK_FORM', 'Werkvorm of workshop', 'Work form or workshop', 5),
      ('GUIDE', 'Handreiking', 'Guide', 6),
      ('MODEL', 'Model of raamwerk', 'Model or framework', 7),
      ('GAME', 'Spel', 'Game', 8),
      ('ONLINE_TOOL', 'Online tool', 'Online tool', 9),
      ('OTHER', 'Anders', 'Other', 10)`);
    await queryRunner.query(`INSERT INTO audiences (code, label_nl, label_en, position) VALUES
      ('TEACHERS', 'Docenten', 'Teachers', 1),
      ('STUDENTS', 'Studenten', 'Students', 2),
      ('RESEARCHERS', 'Lectoren en onderzoekers', 'Lectors and researchers', 3),
      ('WORK_FIELD', 'Werkveld en bedrijven', 'Work-field partners and companies', 4),
      ('MANAGEMENT', 'Management en bestuur', 'Management and boards', 5),
      ('COORDINATORS', 'Coördinatoren en facilitatoren', 'Coordinators and facilitators', 6)`);
    await queryRunner.query(`INSERT INTO sectors (code, label_nl, label_en, position) VALUES
      ('MBO', 'mbo', 'Secondary vocational education (mbo)', 1),
      ('HBO', 'hbo', 'Higher professional education (hbo)', 2),
      ('WO', 'wo', 'University education (wo)', 3),
      ('PRACTICE', 'Beroepspraktijk', 'Professional practice', 4)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tags_search ON tags`);
    await queryRunner.query(`DROP FUNCTION tags_search_trigger()`);
    await queryRunner.query(`DROP TABLE instrument_status_changes`);
    await queryRunner.query(`DROP FUNCTION refuse_change()`);
    await queryRunner.query(`ALTER TABLE "instrument_tags" DROP CONSTRAINT "FK_5458b23ca9536efb28a1947dc79"`);
    await queryRunner.query(`ALTER TABLE "instrument_tags" DROP CONSTRAINT "FK_5174b0dec49cd6cf4de0e5c4b45"`);
    await queryRunner.query(`ALTER TABLE "instrument_sectors" DROP CONSTRAINT "FK_0d84e2fb97a441ec5ddbf32c4b0"`);
    await queryRunner.query(`ALTER TABLE "instrument_sectors" DROP CONSTRAINT "FK_a098c4fc9adc619e434c1e89d02"`);
    await queryRunner.query(`ALTER TABLE "instrument_audiences" DROP CONSTRAINT "FK_c8545eb758671c7f954780da052"`);
    await queryRunner.query(`ALTER TABLE "instrument_audiences" DROP CONSTRAINT "FK_4e11725b86a8194c1ecf76b9b4d"`);
    await queryRunner.query(`ALTER TABLE "instrument_phases" DROP CONSTRAINT "FK_772b551382f7d2c6dfac278e7ff"`);
    await queryRunner.query(`ALTER TABLE "instrument_phases" DROP CONSTRAINT "FK_ee8dcac1c96ef861266edad3e7c"`);
    await queryRunner.query(`ALTER TABLE "instrument_links" DROP CONSTRAINT "FK_048ec89d44ac90ee53ae9eb81a6"`);
    await queryRunner.query(`ALTER TABLE "instruments" DROP CONSTRAINT "FK_c67f0bd98a4c5cd0b903c5b7062"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5458b23ca9536efb28a1947dc7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5174b0dec49cd6cf4de0e5c4b4"`);
    await queryRunner.query(`DROP TABLE "instrument_tags"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0d84e2fb97a441ec5ddbf32c4b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a098c4fc9adc619e434c1e89d0"`);
    await queryRunner.query(`DROP TABLE "instrument_sectors"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c8545eb758671c7f954780da05"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e11725b86a8194c1ecf76b9b4"`);
    await queryRunner.query(`DROP TABLE "instrument_audiences"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_772b551382f7d2c6dfac278e7f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ee8dcac1c96ef861266edad3e7"`);
    await queryRunner.query(`DROP TABLE "instrument_phases"`);
    await queryRunner.query(`DROP INDEX "public"."instrument_links_instrument_idx"`);
    await queryRunner.query(`DROP TABLE "instrument_links"`);
    await queryRunner.query(`DROP INDEX "public"."instruments_newest_idx"`);
    await queryRunner.query(`DROP INDEX "public"."instruments_title_sort_idx"`);
    await queryRunner.query(`DROP INDEX "public"."instruments_type_idx"`);
    await queryRunner.query(`DROP INDEX "public"."instruments_origin_idx"`);
    await queryRunner.query(`DROP INDEX "public"."instruments_evidence_level_idx"`);
    await queryRunner.query(`DROP INDEX "public"."instruments_status_idx"`);
    await queryRunner.query(`DROP FUNCTION instrument_search_vector(instruments)`);
    await queryRunner.query(`DROP TABLE "instruments"`);
    await queryRunner.query(`DROP FUNCTION instruments_search_trigger()`);
    await queryRunner.query(`DROP FUNCTION instrument_tags_search_trigger()`);
    await queryRunner.query(`DROP TYPE "public"."instrument_origin"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_level"`);
    await queryRunner.query(`DROP TYPE "public"."prototype_status"`);
    await queryRunner.query(`DROP INDEX "public"."tags_position_idx"`);
    await queryRunner.query(`DROP TABLE "tags"`);
    await queryRunner.query(`DROP INDEX "public"."sectors_position_idx"`);
    await queryRunner.query(`DROP TABLE "sectors"`);
    await queryRunner.query(`DROP INDEX "public"."audiences_position_idx"`);
    await queryRunner.query(`DROP TABLE "audiences"`);
    await queryRunner.query(`DROP INDEX "public"."instrument_types_position_idx"`);
    await queryRunner.query(`DROP TABLE "instrument_types"`);
    await queryRunner.query(`DROP INDEX "public"."phases_position_idx"`);
    await queryRunner.query(`DROP TABLE "phases"`);
    await queryRunner.query(`DROP FUNCTION nlc_unaccent(text)`);
  }
}
