import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import { assertSafeWorkbookZip } from './zip-guard';

/** What multer's memory storage hands over for the `file` field. */
export interface UploadedSpreadsheet {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export type SpreadsheetFormat = 'xlsx' | 'csv';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function assertUtf8Text(buf: Buffer): void {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new UnsupportedMediaTypeException(
      'The file is not UTF-8 text; save the CSV as "CSV UTF-8" or upload an .xlsx workbook',
    );
  }
  if (buf.includes(0)) throw new UnsupportedMediaTypeException('The file contains binary data, not CSV text');
}

/**
 * Decides the format from the content, not the name or the browser's MIME type: a name only says what the
 * content must then be. Refuses anything that is not a CSV text or a safe XLSX workbook.
 */
export function checkSpreadsheet(file: UploadedSpreadsheet | undefined): SpreadsheetFormat {
  if (!file || !file.buffer) {
    throw new BadRequestException('Attach the spreadsheet (.csv or .xlsx) as the multipart form field "file"');
  }
  const buf = file.buffer;
  if (buf.length === 0) throw new BadRequestException('The uploaded file is empty');
  const name = file.originalname.toLowerCase();
  const zip = buf.subarray(0, 4).equals(ZIP_MAGIC);
  if (buf.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new UnsupportedMediaTypeException(
      'Old Excel 97-2003 (.xls) and password-protected workbooks cannot be read; save the file as .xlsx without a password, or as CSV UTF-8',
    );
  }
  if (name.endsWith('.xlsx') && !zip) {
    throw new UnsupportedMediaTypeException(
      `"${file.originalname}" is named .xlsx but its content is not an Excel workbook`,
    );
  }
  if (zip) {
    if (name.endsWith('.csv')) {
      throw new UnsupportedMediaTypeException(
        `"${file.originalname}" is named .csv but its content is a ZIP/XLSX file`,
      );
    }
    assertSafeWorkbookZip(buf);
    return 'xlsx';
  }
  if (!/\.(csv|txt)$/.test(name) && name.includes('.')) {
    throw new UnsupportedMediaTypeException('Upload a spreadsheet: an .xlsx workbook or a .csv file');
  }
  assertUtf8Text(buf);
  return 'csv';
}
