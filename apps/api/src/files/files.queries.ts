import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';

/** An edition as read from file_editions; mapped to the GraphQL type by `toFileEdition`. */
export interface EditionRow {
  id: string;
  instrumentFileId: string | null;
  proposalId: string | null;
  title: string | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storedFileKey: string;
  previewKey: string | null;
  versionLabel: string;
  changeNote: string | null;
  createdAt: Date;
  retiredAt: Date | null;
  downloadCount: number;
}

export interface InstrumentFileRow {
  id: string;
  instrumentId: string;
  title: string;
  position: number;
}

/** An edition with what decides who may download it. */
export interface DownloadableRow extends EditionRow {
  /** The proposal's author, for an attachment. */
  proposerId: string | null;
}

const EDITION_COLUMNS = (e: string) => `
  ${e}.id, ${e}.instrument_file_id AS "instrumentFileId", ${e}.proposal_id AS "proposalId", ${e}.title,
  ${e}.file_name AS "fileName", ${e}.content_type AS "contentType", ${e}.size::float8 AS size, ${e}.sha256,
  ${e}.stored_file_key AS "storedFileKey", ${e}.preview_key AS "previewKey", ${e}.version_label AS "versionLabel",
  ${e}.change_note AS "changeNote", ${e}.created_at AS "createdAt", ${e}.retired_at AS "retiredAt",
  ${e}.download_count::float8 AS "downloadCount"`;

/** Newest first; the id breaks ties between editions of the same instant. */
const NEWEST_FIRST = (e: string) => `${e}.created_at DESC, ${e}.id DESC`;

export interface EditionToInsert {
  instrumentFileId: string | null;
  proposalId: string | null;
  title: string | null;
  storedFileKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  versionLabel: string;
  changeNote: string | null;
  createdById: string;
}

/** The SQL of instrument files and their editions. `db` is a transaction's manager where it writes. */
@Injectable()
export class FilesQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The files of these instruments, each with all its editions (newest first), in one statement. */
  async filesOf(instrumentIds: readonly string[], db: Db = this.dataSource): Promise<(InstrumentFileRow & { editions: EditionRow[] })[]> {
    const rows = await sqlRows<EditionRow & { fileId: string; instrumentId: string; fileTitle: string; position: number }>(
      db,
      `SELECT f.id AS "fileId", f.instrument_id AS "instrumentId", f.title AS "fileTitle", f.position, ${EDITION_COLUMNS('e')}
       FROM instrument_files f LEFT JOIN file_editions e ON e.instrument_file_id = f.id
       WHERE f.instrument_id = ANY($1::uuid[])
       ORDER BY f.instrument_id, f.position, ${NEWEST_FIRST('e')}`,
      [instrumentIds],
    );
    const files = new Map<string, InstrumentFileRow & { editions: EditionRow[] }>();
    for (const row of rows) {
      let file = files.get(row.fileId);
      if (!file) {
        file = { id: row.fileId, instrumentId: row.instrumentId, title: row.fileTitle, position: row.position, editions: [] };
        files.set(row.fileId, file);
      }
      if (row.id) {
        const { fileId: _f, fileTitle: _t, instrumentId: _i, position: _p, ...edition } = row;
        file.editions.push(edition);
      }
    }
    return [...files.values()];
  }

  /** Per instrument, the current edition (not retired, newest) of its first file that has a preview. */
  previewsOf(instrumentIds: readonly string[]): Promise<{ instrumentId: string; editionId: string }[]> {
    return sqlRows(
      this.dataSource,
      `SELECT DISTINCT ON (f.instrument_id) f.instrument_id AS "instrumentId", cur.id AS "editionId"
       FROM instrument_files f
       CROSS JOIN LATERAL (
         SELECT e.id, e.preview_key FROM file_editions e
         WHERE e.instrument_file_id = f.id AND e.retired_at IS NULL
         ORDER BY ${NEWEST_FIRST('e')} LIMIT 1
       ) cur
       WHERE f.instrument_id = ANY($1::uuid[]) AND cur.preview_key IS NOT NULL
       ORDER BY f.instrument_id, f.position`,
      [instrumentIds],
    );
  }

  /** The attachments of these proposals, oldest first (the order they were added). */
  attachmentsOf(proposalIds: readonly string[]): Promise<EditionRow[]> {
    return sqlRows<EditionRow>(
      this.dataSource,
      `SELECT ${EDITION_COLUMNS('e')} FROM file_editions e WHERE e.proposal_id = ANY($1::uuid[]) ORDER BY e.created_at, e.id`,
      [proposalIds],
    );
  }

  edition(db: Db, id: string): Promise<EditionRow | undefined> {
    return sqlRow<EditionRow>(db, `SELECT ${EDITION_COLUMNS('e')} FROM file_editions e WHERE e.id = $1`, [id]);
  }

  /** For a download: the edition and, for an attachment, its proposal's author. */
  downloadable(id: string): Promise<DownloadableRow | undefined> {
    return sqlRow<DownloadableRow>(
      this.dataSource,
      `SELECT ${EDITION_COLUMNS('e')}, p.proposer_id AS "proposerId"
       FROM file_editions e LEFT JOIN proposals p ON p.id = e.proposal_id WHERE e.id = $1`,
      [id],
    );
  }

  instrumentFile(db: Db, id: string): Promise<InstrumentFileRow | undefined> {
    return sqlRow<InstrumentFileRow>(
      db,
      `SELECT id, instrument_id AS "instrumentId", title, position FROM instrument_files WHERE id = $1`,
      [id],
    );
  }

  /** The instrument's id by slug, keeping it from being deleted for this transaction. */
  async instrumentIdForKeyShare(db: Db, slug: string): Promise<string | undefined> {
    return (await sqlRow<{ id: string }>(db, `SELECT id FROM instruments WHERE slug = $1 FOR KEY SHARE`, [slug]))?.id;
  }

  /** Locks the instrument's files (in position order), so positions are chosen one writer at a time. */
  lockFilesOf(db: Db, instrumentId: string): Promise<InstrumentFileRow[]> {
    return sqlRows<InstrumentFileRow>(
      db,
      `SELECT id, instrument_id AS "instrumentId", title, position FROM instrument_files
       WHERE instrument_id = $1 ORDER BY position FOR UPDATE`,
      [instrumentId],
    );
  }

  async lockInstrumentFile(db: Db, id: string): Promise<InstrumentFileRow | undefined> {
    return sqlRow<InstrumentFileRow>(
      db,
      `SELECT id, instrument_id AS "instrumentId", title, position FROM instrument_files WHERE id = $1 FOR UPDATE`,
      [id],
    );
  }

  /** Serialises writers of one instrument's files (a new file picks the next position). */
  async lockInstrumentForFiles(db: Db, instrumentId: string): Promise<void> {
    await sqlRun(db, `SELECT pg_advisory_xact_lock(hashtext('instrument_files'), hashtext($1))`, [instrumentId]);
  }

  async insertInstrumentFile(db: Db, instrumentId: string, title: string): Promise<InstrumentFileRow> {
    await this.lockInstrumentForFiles(db, instrumentId);
    const row = await sqlRow<InstrumentFileRow>(
      db,
      `INSERT INTO instrument_files (instrument_id, title, position)
       VALUES ($1, $2, (SELECT coalesce(max(position) + 1, 0) FROM instrument_files WHERE instrument_id = $1))
       RETURNING id, instrument_id AS "instrumentId", title, position`,
      [instrumentId, title],
    );
    return row!;
  }

  async renameInstrumentFile(db: Db, id: string, title: string): Promise<void> {
    await sqlRun(db, `UPDATE instrument_files SET title = $2 WHERE id = $1`, [id, title]);
  }

  /** Sets the positions of an instrument's files to their order in `ids` (the unique key is checked at commit). */
  async setPositions(db: Db, ids: readonly string[]): Promise<void> {
    await sqlRun(
      db,
      `UPDATE instrument_files f SET position = o.position - 1
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE f.id = o.id AND f.position <> o.position - 1`,
      [ids],
    );
  }

  async insertEdition(db: Db, edition: EditionToInsert): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      db,
      `INSERT INTO file_editions (instrument_file_id, proposal_id, title, stored_file_key, file_name, content_type, size, sha256,
                                  version_label, change_note, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        edition.instrumentFileId,
        edition.proposalId,
        edition.title,
        edition.storedFileKey,
        edition.fileName,
        edition.contentType,
        edition.size,
        edition.sha256,
        edition.versionLabel,
        edition.changeNote,
        edition.createdById,
      ],
    );
    return row!.id;
  }

  /** Retires or restores an edition of an instrument file; false when there is no such edition. */
  async setRetired(db: Db, id: string, retired: boolean): Promise<boolean> {
    const changed = await sqlRun(
      db,
      `UPDATE file_editions SET retired_at = CASE WHEN $2 THEN coalesce(retired_at, now()) END
       WHERE id = $1 AND instrument_file_id IS NOT NULL`,
      [id, retired],
    );
    return changed > 0;
  }

  /** Links a rendered preview; throws when the edition is gone meanwhile (so the preview is not kept). */
  async setPreview(db: Db, id: string, previewKey: string): Promise<void> {
    if ((await sqlRun(db, `UPDATE file_editions SET preview_key = $2 WHERE id = $1`, [id, previewKey])) === 0) {
      throw new Error(`edition ${id} is gone`);
    }
  }

  /** Counts one download; a plain increment (one short row lock per download). */
  async countDownload(id: string): Promise<void> {
    await sqlRun(this.dataSource, `UPDATE file_editions SET download_count = download_count + 1 WHERE id = $1`, [id]);
  }

  /** The proposal's author and state; `lock` locks the proposal (its attachments are counted against its limits). */
  proposalState(db: Db, id: string, lock = false): Promise<{ proposerId: string; status: string } | undefined> {
    return sqlRow(db, `SELECT proposer_id AS "proposerId", status FROM proposals WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  }

  /** How many attachments a proposal has and their bytes together. */
  async attachmentTotals(db: Db, proposalId: string): Promise<{ count: number; bytes: number }> {
    return (await sqlRow<{ count: number; bytes: number }>(
      db,
      `SELECT count(*)::int AS count, coalesce(sum(size), 0)::float8 AS bytes FROM file_editions WHERE proposal_id = $1`,
      [proposalId],
    ))!;
  }

  async deleteEdition(db: Db, id: string): Promise<void> {
    await sqlRun(db, `DELETE FROM file_editions WHERE id = $1`, [id]);
  }

  /** On accept: each attachment becomes the first edition of a new file of the instrument, in the order they were added. */
  async moveAttachments(db: Db, proposalId: string, instrumentId: string): Promise<number> {
    const attachments = await sqlRows<{ id: string; title: string | null; fileName: string }>(
      db,
      `SELECT id, title, file_name AS "fileName" FROM file_editions WHERE proposal_id = $1 ORDER BY created_at, id FOR UPDATE`,
      [proposalId],
    );
    for (const attachment of attachments) {
      const file = await this.insertInstrumentFile(db, instrumentId, attachment.title ?? attachment.fileName);
      await sqlRun(db, `UPDATE file_editions SET instrument_file_id = $2, proposal_id = NULL, title = NULL WHERE id = $1`, [
        attachment.id,
        file.id,
      ]);
    }
    return attachments.length;
  }

  /** Per instrument, its files' current editions in order, "Canvas: canvas.pdf (v0.3) | …", for the export. */
  exportCellsOf(instrumentIds: readonly string[]): Promise<{ instrumentId: string; files: string }[]> {
    return sqlRows(
      this.dataSource,
      `SELECT f.instrument_id AS "instrumentId",
              string_agg(f.title || ': ' || cur.file_name || ' (' || cur.version_label || ')', ' | ' ORDER BY f.position) AS files
       FROM instrument_files f
       CROSS JOIN LATERAL (
         SELECT e.file_name, e.version_label FROM file_editions e
         WHERE e.instrument_file_id = f.id AND e.retired_at IS NULL ORDER BY ${NEWEST_FIRST('e')} LIMIT 1
       ) cur
       WHERE f.instrument_id = ANY($1::uuid[])
       GROUP BY f.instrument_id`,
      [instrumentIds],
    );
  }
}
