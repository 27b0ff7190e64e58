import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { FilesStore } from './files-store.js';

/** Waits before the retries of a failed delete: a short hiccup, then a minute, then ten. */
const RETRY_DELAYS_MS = [1_000, 60_000, 600_000];

/**
 * Deletes S3 objects whose `stored_files` rows a committed transaction removed (e.g. an erased
 * account's attachments). S3 is not in that transaction, so this runs after the commit: a failure
 * is retried in the background (RETRY_DELAYS_MS), and what still fails — or is pending when the app
 * stops — is logged as an error naming the keys, to delete by hand. Objects are never deleted before
 * the commit, so a rollback cannot leave a row without its bytes.
 */
@Injectable()
export class S3ObjectRemoval implements OnApplicationShutdown {
  private readonly logger = new Logger('FileStorage');
  private readonly waiting = new Map<NodeJS.Timeout, string[]>();

  constructor(private readonly store: FilesStore) {}

  /** The first attempt is awaited (never throws); what fails is retried later. */
  async afterCommit(keys: string[]): Promise<void> {
    const failed = await this.attempt(keys);
    if (failed.length) this.retry(failed, 0);
  }

  onApplicationShutdown(): void {
    for (const [timer, keys] of this.waiting) {
      clearTimeout(timer);
      this.giveUp(keys, 'the app stopped before the retry');
    }
    this.waiting.clear();
  }

  /** The keys whose delete failed. A key without a row is only an object: FilesStore.delete removes that. */
  private async attempt(keys: string[]): Promise<string[]> {
    const failed: string[] = [];
    for (const key of keys) {
      try {
        await this.store.delete(key);
      } catch (error) {
        this.logger.warn(`S3 object ${key} not deleted yet: ${error instanceof Error ? error.message : String(error)}`);
        failed.push(key);
      }
    }
    return failed;
  }

  private retry(keys: string[], round: number): void {
    if (round >= RETRY_DELAYS_MS.length) {
      this.giveUp(keys, `${RETRY_DELAYS_MS.length + 1} attempts failed`);
      return;
    }
    const timer = setTimeout(() => {
      this.waiting.delete(timer);
      void this.attempt(keys).then((failed) => failed.length && this.retry(failed, round + 1));
    }, RETRY_DELAYS_MS[round]);
    timer.unref();
    this.waiting.set(timer, keys);
  }

  private giveUp(keys: string[], why: string): void {
    this.logger.error(`S3 objects of removed files are left in the bucket (${why}); delete them by hand: ${keys.join(', ')}`);
  }
}
