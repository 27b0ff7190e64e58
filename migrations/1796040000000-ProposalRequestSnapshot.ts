import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request for changes keeps the proposal's fields as they were at that moment (#19, point 17),
 * so that after the resubmission a curator sees what the proposer changed, field by field. Only
 * that event holds them; older requests have none (their changes cannot be told).
 */
export class ProposalRequestSnapshot1796040000000 implements MigrationInterface {
  name = 'ProposalRequestSnapshot1796040000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal_events" ADD "fields" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "proposal_events" ADD CONSTRAINT "proposal_events_fields_on_request"
       CHECK ("fields" IS NULL OR ("to_status" = 'CHANGES_REQUESTED' AND jsonb_typeof("fields") = 'object'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal_events" DROP CONSTRAINT "proposal_events_fields_on_request"`);
    await queryRunner.query(`ALTER TABLE "proposal_events" DROP COLUMN "fields"`);
  }
}
