import type { CellColor } from '@pantau/domain';

type Doc = PDFKit.PDFDocument;

/**
 * Draws a colour's symbol as vector strokes: the standard PDF fonts have no ✓ or ✕, and embedding a font
 * only for two glyphs is not worth it. `s` is the side of the square the symbol fits in. Leaves the line
 * width and colours changed (save/restore per cell doubled the cost of a national report); callers set theirs.
 */
export function drawSymbol(doc: Doc, color: CellColor, x: number, y: number, s: number, ink: string): void {
  doc
    .save()
    .lineWidth(Math.max(0.9, s / 7))
    .strokeColor(ink)
    .fillColor(ink)
    .lineCap('round')
    .lineJoin('round');
  if (color === 'green') {
    doc
      .moveTo(x, y + s * 0.55)
      .lineTo(x + s * 0.38, y + s * 0.9)
      .lineTo(x + s, y + s * 0.1)
      .stroke();
  } else if (color === 'red') {
    doc
      .moveTo(x + s * 0.1, y + s * 0.1)
      .lineTo(x + s * 0.9, y + s * 0.9)
      .stroke();
    doc
      .moveTo(x + s * 0.9, y + s * 0.1)
      .lineTo(x + s * 0.1, y + s * 0.9)
      .stroke();
  } else if (color === 'yellow') {
    doc
      .moveTo(x + s / 2, y)
      .lineTo(x + s / 2, y + s * 0.62)
      .stroke();
    doc.circle(x + s / 2, y + s * 0.92, s * 0.09).fill();
  } else {
    doc
      .moveTo(x + s * 0.15, y + s / 2)
      .lineTo(x + s * 0.85, y + s / 2)
      .stroke();
  }
}
