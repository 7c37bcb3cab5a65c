import { apiError } from '../common/api-error';

/**
 * Every refusal of an uploaded file names its own reason, with a stable `code` and the values inside the
 * message as `params`, so that a client can word it in the user's language.
 */

export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const uploadErrors = {
  missing: () =>
    apiError(
      400,
      'upload-missing-file',
      {},
      'Attach the spreadsheet (.csv or .xlsx) as the multipart form field "file"',
    ),
  empty: () => apiError(400, 'upload-empty', {}, 'The uploaded file is empty'),
  emptySheet: () => apiError(400, 'upload-empty', {}, 'The spreadsheet is empty'),
  tooLarge: (limitBytes: number) =>
    apiError(
      413,
      'upload-too-large',
      { limitBytes, limit: sizeText(limitBytes) },
      `The file is larger than the upload limit of ${sizeText(limitBytes)}; split it into smaller files`,
    ),
  tooManyRows: (rows: number, limit: number) =>
    apiError(
      413,
      'upload-too-many-rows',
      { rows, limit },
      `The file has ${rows} rows; at most ${limit} rows can be imported at once: split it into smaller files`,
    ),
  wrongType: (message: string) => apiError(415, 'upload-wrong-type', {}, message),
  formulas: (firstCell: string, count: number) =>
    apiError(
      400,
      'upload-has-formulas',
      { cell: firstCell, count },
      `The spreadsheet contains formulas (cell ${firstCell}${count > 1 ? ` and ${count - 1} more cell(s)` : ''}); ` +
        'formulas are not imported: copy the cells and paste them as values, then upload again',
    ),
  compressionBomb: (unpackedMb: number, allowedMb: number, uploadKb: number) =>
    apiError(
      400,
      'upload-compression-bomb',
      { unpackedMb, allowedMb, uploadKb },
      `The workbook would unpack to ${unpackedMb} MB, more than the ${allowedMb} MB allowed for a ` +
        `${uploadKb} KB upload; it looks like a compression bomb and was refused`,
    ),
  /** A part that inflates beyond the size its header declares: a bomb hiding its size. */
  lyingPart: (part: string, declared: number) =>
    apiError(
      400,
      'upload-compression-bomb',
      { part, declared },
      `The workbook part "${part}" unpacks to more than the ${declared} bytes it declares; ` +
        'it looks like a compression bomb and was refused',
    ),
  damaged: (message: string) => apiError(400, 'upload-damaged', {}, message),
  unreadable: (message: string) => apiError(400, 'upload-unreadable', {}, message),
  /** Multer's and busboy's own refusals of a multipart body that is not well formed. */
  malformed: (detail: string) =>
    apiError(400, 'upload-malformed', {}, `The upload is not a well-formed multipart form: ${detail}`),
};
