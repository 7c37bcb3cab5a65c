import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where uploads wait while they are imported; shared by the processes of one machine. */
export const UPLOAD_DIR = join(tmpdir(), 'pantau-uploads');

const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * A process that crashed mid-import leaves its file behind. Files a day old belong to no running import
 * (another process's current uploads are minutes old), so a start clears them.
 */
export async function removeStaleUploads(dir = UPLOAD_DIR, now = Date.now()): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const s = await stat(path).catch(() => null);
    if (s?.isFile() && now - s.mtimeMs > STALE_MS) await unlink(path).catch(() => undefined);
  }
}

type Done = (error: Error | null, info?: { path: string; size: number }) => void;

/**
 * A multer storage engine writing each upload to a file of its own in UPLOAD_DIR (multer's own disk storage
 * does the same, but multer is only a dependency of Nest's, without types). Multer stops the stream at the
 * size limit and then removes the partial file through _removeFile.
 */
export const uploadStorage = {
  _handleFile(_req: unknown, file: { stream: Readable }, done: Done): void {
    const path = join(UPLOAD_DIR, `${process.pid}-${randomUUID()}`);
    let size = 0;
    mkdir(UPLOAD_DIR, { recursive: true })
      .then(() => {
        const out = createWriteStream(path);
        return pipeline(file.stream, out).then(() => (size = out.bytesWritten));
      })
      .then(
        () => done(null, { path, size }),
        (e: Error) => {
          unlink(path).catch(() => undefined);
          done(e);
        },
      );
  },
  _removeFile(_req: unknown, file: { path?: string }, done: (error: Error | null) => void): void {
    if (!file.path) return done(null);
    unlink(file.path).then(
      () => done(null),
      () => done(null),
    );
  },
};
