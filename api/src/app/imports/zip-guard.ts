import { createReadStream } from 'node:fs';
import { FileHandle, open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { uploadErrors } from './upload-errors';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

/** A workbook may inflate to 50× its upload, never beyond 200 MB; small files may always reach 16 MB. */
export function uncompressedBudget(uploadBytes: number): number {
  return Math.min(200 * MB, Math.max(50 * uploadBytes, 16 * MB));
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const notAWorkbook = () =>
  uploadErrors.wrongType('The file starts like a ZIP/XLSX file but is damaged; save it again as .xlsx');

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await file.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

async function centralDirectory(file: FileHandle, fileSize: number): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, fileSize - 22 - 0xffff);
  const tail = await readAt(file, tailStart, fileSize - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notAWorkbook();
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw uploadErrors.damaged('The workbook uses ZIP64, which a plan spreadsheet never needs; save it again as .xlsx');
  }
  if (cdOffset + cdSize > fileSize) throw notAWorkbook();
  const cd = await readAt(file, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) {
      throw uploadErrors.wrongType('The XLSX file is damaged (bad central directory); save it again as .xlsx');
    }
    const nameLength = cd.readUInt16LE(p + 28);
    entries.push({
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
      name: cd.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * Inflates one entry as a stream, counting and discarding what comes out, and stops as soon as it passes the
 * declared size: a lying header can neither make us allocate the part nor hide how big it really is.
 */
async function assertEntryMatches(path: string, file: FileHandle, fileSize: number, e: ZipEntry): Promise<void> {
  const part = e.name.slice(0, 80);
  const damaged = () => uploadErrors.damaged(`The workbook part "${part}" is damaged or its declared size is wrong`);
  const local = await readAt(file, e.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw damaged();
  const start = e.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + e.compressedSize > fileSize) throw damaged();
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw damaged();
    return;
  }
  if (e.method !== 8) {
    throw uploadErrors.damaged(
      `The workbook uses an unsupported compression method (${e.method}); save it again as .xlsx`,
    );
  }
  if (e.compressedSize === 0) throw damaged();
  const actual = await new Promise<number>((resolve, reject) => {
    let total = 0;
    const source = createReadStream(path, { start, end: start + e.compressedSize - 1 });
    const inflate = createInflateRaw();
    const fail = (err: Error) => {
      source.destroy();
      inflate.destroy();
      reject(err);
    };
    source.on('error', () => fail(damaged()));
    inflate.on('error', () => fail(damaged()));
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > e.size) fail(uploadErrors.lyingPart(part, e.size));
    });
    inflate.on('end', () => resolve(total));
    source.pipe(inflate);
  });
  if (actual !== e.size) throw damaged();
}

/**
 * Refuses ZIP files that are not Excel workbooks or that inflate far beyond their size (compression bombs).
 * The declared sizes in the central directory are checked first, then every part is inflated with a hard
 * cap at its declared size, so exceljs only ever opens a file whose real size is known and bounded. Reads the
 * file from disk piece by piece; it is never whole in memory.
 */
export async function assertSafeWorkbookZip(path: string): Promise<void> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const entries = await centralDirectory(file, size);
    if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
      throw uploadErrors.wrongType('The file is a ZIP archive but not an Excel workbook (no xl/workbook.xml)');
    }
    const declared = entries.reduce((sum, e) => sum + e.size, 0);
    const budget = uncompressedBudget(size);
    if (declared > budget) {
      throw uploadErrors.compressionBomb(
        Math.round(declared / MB),
        Math.round(budget / MB),
        Math.max(1, Math.round(size / 1024)),
      );
    }
    for (const e of entries) if (!e.name.endsWith('/')) await assertEntryMatches(path, file, size, e);
  } finally {
    await file.close();
  }
}
