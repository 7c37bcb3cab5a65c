import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import { inflateRawSync } from 'node:zlib';

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

function endOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  throw new UnsupportedMediaTypeException(
    'The file starts like a ZIP/XLSX file but is damaged; save it again as .xlsx',
  );
}

function centralDirectory(buf: Buffer): ZipEntry[] {
  const eocd = endOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) {
    throw new BadRequestException(
      'The workbook uses ZIP64, which a plan spreadsheet never needs; save it again as .xlsx',
    );
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) {
      throw new UnsupportedMediaTypeException(
        'The XLSX file is damaged (bad central directory); save it again as .xlsx',
      );
    }
    const nameLength = buf.readUInt16LE(p + 28);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** Inflates one entry, never past its declared size: a lying header cannot make us allocate more. */
function assertEntryMatches(buf: Buffer, e: ZipEntry): void {
  const damaged = () =>
    new BadRequestException(`The workbook part "${e.name.slice(0, 80)}" is damaged or its declared size is wrong`);
  if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== LOCAL) throw damaged();
  const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw damaged();
  let actual: number;
  if (e.method === 0) actual = data.length;
  else if (e.method === 8) {
    try {
      actual = inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) }).length;
    } catch {
      throw damaged();
    }
  } else
    throw new BadRequestException(
      `The workbook uses an unsupported compression method (${e.method}); save it again as .xlsx`,
    );
  if (actual !== e.size) throw damaged();
}

/**
 * Refuses ZIP files that are not Excel workbooks or that inflate far beyond their size (compression bombs).
 * The declared sizes in the central directory are checked first, then every part is inflated with a hard
 * cap at its declared size, so exceljs only ever opens a file whose real size is known and bounded.
 */
export function assertSafeWorkbookZip(buf: Buffer): void {
  const entries = centralDirectory(buf);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new UnsupportedMediaTypeException('The file is a ZIP archive but not an Excel workbook (no xl/workbook.xml)');
  }
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  const budget = uncompressedBudget(buf.length);
  if (declared > budget) {
    throw new BadRequestException(
      `The workbook would unpack to ${Math.round(declared / MB)} MB, more than the ${Math.round(budget / MB)} MB allowed for a ` +
        `${Math.max(1, Math.round(buf.length / 1024))} KB upload; it looks like a compression bomb and was refused`,
    );
  }
  for (const e of entries) if (!e.name.endsWith('/')) assertEntryMatches(buf, e);
}
