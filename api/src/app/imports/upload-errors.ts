import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';

/**
 * Every refusal of an uploaded file names its own reason, with a stable `code` and the values inside the
 * message as `params`, so that a client can word it in the user's language.
 */
type Params = Record<string, string | number>;

const body = (code: string, message: string, params?: Params) => ({ code, message, ...(params ? { params } : {}) });

export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const uploadErrors = {
  missing: () =>
    new BadRequestException(
      body('upload-missing-file', 'Attach the spreadsheet (.csv or .xlsx) as the multipart form field "file"'),
    ),
  empty: () => new BadRequestException(body('upload-empty', 'The uploaded file is empty')),
  emptySheet: () => new BadRequestException(body('upload-empty', 'The spreadsheet is empty')),
  tooLarge: (limitBytes: number) =>
    new PayloadTooLargeException(
      body(
        'upload-too-large',
        `The file is larger than the upload limit of ${sizeText(limitBytes)}; split it into smaller files`,
        { limitBytes, limit: sizeText(limitBytes) },
      ),
    ),
  tooManyRows: (rows: number, limit: number) =>
    new PayloadTooLargeException(
      body(
        'upload-too-many-rows',
        `The file has ${rows} rows; at most ${limit} rows can be imported at once: split it into smaller files`,
        { rows, limit },
      ),
    ),
  wrongType: (message: string) => new UnsupportedMediaTypeException(body('upload-wrong-type', message)),
  formulas: (firstCell: string, count: number) =>
    new BadRequestException(
      body(
        'upload-has-formulas',
        `The spreadsheet contains formulas (cell ${firstCell}${count > 1 ? ` and ${count - 1} more cell(s)` : ''}); ` +
          'formulas are not imported: copy the cells and paste them as values, then upload again',
        { cell: firstCell, count },
      ),
    ),
  compressionBomb: (unpackedMb: number, allowedMb: number, uploadKb: number) =>
    new BadRequestException(
      body(
        'upload-compression-bomb',
        `The workbook would unpack to ${unpackedMb} MB, more than the ${allowedMb} MB allowed for a ` +
          `${uploadKb} KB upload; it looks like a compression bomb and was refused`,
        { unpackedMb, allowedMb, uploadKb },
      ),
    ),
  /** A part that inflates beyond the size its header declares: a bomb hiding its size. */
  lyingPart: (part: string, declared: number) =>
    new BadRequestException(
      body(
        'upload-compression-bomb',
        `The workbook part "${part}" unpacks to more than the ${declared} bytes it declares; ` +
          'it looks like a compression bomb and was refused',
        { part, declared },
      ),
    ),
  damaged: (message: string) => new BadRequestException(body('upload-damaged', message)),
  unreadable: (message: string) => new BadRequestException(body('upload-unreadable', message)),
};
