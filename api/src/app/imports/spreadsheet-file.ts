import { open } from 'node:fs/promises';
import { uploadErrors } from './upload-errors';
import { assertSafeWorkbookZip } from './zip-guard';

/** What multer's disk storage hands over for the `file` field: the upload waits in a temporary file. */
export interface UploadedSpreadsheet {
  originalname: string;
  size: number;
  path: string;
}

export type SpreadsheetFormat = 'xlsx' | 'csv';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

async function head(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await file.read(buf, 0, 4, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * Decides the format from the content, not the name or the browser's MIME type: a name only says what the
 * content must then be. Reads only the first bytes, so that a wrong file is refused before it waits its turn.
 */
export async function sniffSpreadsheet(file: UploadedSpreadsheet | undefined): Promise<SpreadsheetFormat> {
  if (!file || !file.path) throw uploadErrors.missing();
  if (file.size === 0) throw uploadErrors.empty();
  const magic = await head(file.path);
  const name = file.originalname.toLowerCase();
  const zip = magic.equals(ZIP_MAGIC);
  if (magic.equals(OLE_MAGIC)) {
    throw uploadErrors.wrongType(
      'Old Excel 97-2003 (.xls) and password-protected workbooks cannot be read; save the file as .xlsx without a password, or as CSV UTF-8',
    );
  }
  if (name.endsWith('.xlsx') && !zip) {
    throw uploadErrors.wrongType(`"${file.originalname}" is named .xlsx but its content is not an Excel workbook`);
  }
  if (zip) {
    if (name.endsWith('.csv')) {
      throw uploadErrors.wrongType(`"${file.originalname}" is named .csv but its content is a ZIP/XLSX file`);
    }
    return 'xlsx';
  }
  if (!/\.(csv|txt)$/.test(name) && name.includes('.')) {
    throw uploadErrors.wrongType('Upload a spreadsheet: an .xlsx workbook or a .csv file');
  }
  return 'csv';
}

/** The checks that read the whole file: workbooks for compression bombs (CSV text is checked as it is decoded). */
export async function assertSafeSpreadsheet(file: UploadedSpreadsheet, format: SpreadsheetFormat): Promise<void> {
  if (format === 'xlsx') await assertSafeWorkbookZip(file.path);
}
