import PDFDocument from 'pdfkit';
import {
  BATCH_NAMES,
  CellColor,
  COLOR_NAMES,
  COLOR_ORDER,
  MatrixResponse,
  PERIOD_STATE_NAMES,
  PILLARS,
  pillarByCode,
} from '@pantau/domain';
import { ExportMeta, filtersLine, formatWib } from './export-meta';
import { CELL_FILL, CELL_INK, HEADER_FILL, legend, scoreText } from './export-style';
import { matrixTotals } from './matrix-totals';
import { drawSymbol } from './pdf-symbols';

type Doc = PDFKit.PDFDocument;

const MARGIN = 28;
const ROW_H = 13.5;
const HEAD_H = 30;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const TITLE = 'Matriks Evaluasi Rencana Aksi BerAKHLAK';

interface Column {
  title: string;
  subtitle?: string;
  width: number;
}

const hex = (c: string) => `#${c}`;

/** Shortens a text with an ellipsis until it fits the width at the current font. */
function fit(doc: Doc, text: string, width: number): string {
  const full = doc.widthOfString(text);
  if (full <= width) return text;
  // Start from the proportional cut, then trim the last few characters one by one.
  let s = text.slice(0, Math.ceil((text.length * width) / full));
  while (s.length > 1 && doc.widthOfString(`${s}…`) > width) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

/** Text at a point without PDFKit's line wrapper, which costs more than the rest of a table cell together. */
function put(doc: Doc, text: string, x: number, y: number): void {
  doc.text(text, x, y, { lineBreak: false });
}

class MatrixPdf {
  private readonly doc: Doc;
  private readonly columns: Column[];
  private readonly bottom: number;
  private y = MARGIN;

  constructor(
    private readonly m: MatrixResponse,
    private readonly meta: ExportMeta,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: {
        Title: `${TITLE} – ${m.period.name}`,
        Author: meta.generatedBy,
        Subject: filtersLine(meta),
        CreationDate: meta.generatedAt,
      },
    });
    const width = this.doc.page.width - 2 * MARGIN;
    const pillarWidth = 55;
    const fixed = [24, 52, 55];
    this.columns = [
      { title: 'No', width: fixed[0]! },
      { title: 'Instansi', width: width - fixed.reduce((a, b) => a + b) - pillarWidth * m.pillars.length },
      { title: 'Wilayah', width: fixed[1]! },
      { title: 'Indeks', width: fixed[2]! },
      ...m.pillars.map((p) => ({ title: pillarByCode(p).short, subtitle: pillarByCode(p).nameId, width: pillarWidth })),
    ];
    this.bottom = this.doc.page.height - MARGIN - 12;
    this.doc.lineCap('round').lineJoin('round');
  }

  render(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.cover();
    this.tableHeader();
    this.m.rows.forEach((r, i) => {
      this.ensureRoom(ROW_H);
      this.row(
        String(i + 1),
        r.agency.name,
        BATCH_NAMES[r.agency.batch].id,
        { score: r.index, color: r.color },
        r.cells,
        false,
        i % 2 === 1,
      );
    });
    this.totals();
    this.pageNumbers();
    this.doc.end();
    return done;
  }

  private cover(): void {
    const d = this.doc;
    d.font(BOLD).fontSize(16).fillColor('#000').text(TITLE, MARGIN, this.y);
    d.font(FONT).fontSize(10).text(`${this.m.period.name} · ${PERIOD_STATE_NAMES[this.m.period.state].id}`);
    d.fontSize(8)
      .fillColor('#333')
      .text(`Filter: ${filtersLine(this.meta)}`);
    d.text(`Dibuat ${formatWib(this.meta.generatedAt)} oleh ${this.meta.generatedBy} · ${this.m.rows.length} instansi`);
    this.y = d.y + 6;
    let x = MARGIN;
    for (const e of legend(this.m.period.thresholds)) {
      d.rect(x, this.y, 16, 11).fill(hex(CELL_FILL[e.color]));
      drawSymbol(d, e.color, x + 4, this.y + 2, 7, hex(CELL_INK[e.color]));
      d.font(BOLD)
        .fontSize(7.5)
        .fillColor('#000')
        .text(e.name, x + 20, this.y + 2, { lineBreak: false });
      const nameWidth = d.widthOfString(e.name);
      d.font(FONT).text(`: ${e.rule}`, x + 20 + nameWidth, this.y + 2, { lineBreak: false });
      x += 30 + nameWidth + d.widthOfString(`: ${e.rule}`);
    }
    this.y += 15;
    d.font(FONT).fontSize(6.5).fillColor('#333');
    d.text(PILLARS.map((p) => `${p.short} = ${p.nameId}`).join(' · '), MARGIN, this.y, {
      width: d.page.width - 2 * MARGIN,
    });
    d.text('Sel berisi simbol dan skor pilar (%); indeks = rata-rata skor pilar instansi.');
    this.y = d.y + 6;
  }

  private tableHeader(): void {
    const d = this.doc;
    let x = MARGIN;
    d.rect(MARGIN, this.y, d.page.width - 2 * MARGIN, HEAD_H).fill(hex(HEADER_FILL));
    for (const c of this.columns) {
      d.font(BOLD).fontSize(8).fillColor('#fff');
      d.text(c.title, x + 2, this.y + (c.subtitle ? 4 : 11), {
        width: c.width - 4,
        align: c.subtitle ? 'center' : 'left',
        lineBreak: false,
      });
      if (c.subtitle) {
        d.font(FONT)
          .fontSize(5.5)
          .text(c.subtitle, x + 2, this.y + 14, { width: c.width - 4, align: 'center', height: 14 });
      }
      x += c.width;
    }
    this.y += HEAD_H;
  }

  private ensureRoom(h: number): void {
    if (this.y + h <= this.bottom) return;
    this.doc.addPage().lineCap('round').lineJoin('round');
    this.y = MARGIN;
    this.doc
      .font(FONT)
      .fontSize(7)
      .fillColor('#555')
      .text(`${TITLE} · ${this.m.period.name} · ${filtersLine(this.meta)}`, MARGIN, this.y, {
        width: this.doc.page.width - 2 * MARGIN,
        lineBreak: false,
      });
    this.y += 11;
    this.tableHeader();
  }

  private row(
    no: string,
    name: string,
    region: string,
    index: { score: number | null; color: CellColor },
    cells: ReadonlyArray<{ score: number | null; color: CellColor }>,
    bold: boolean,
    striped: boolean,
  ): void {
    const d = this.doc;
    const [cNo, cName, cRegion] = this.columns;
    if (striped) d.rect(MARGIN, this.y, cNo!.width + cName!.width + cRegion!.width, ROW_H).fill('#f4f6fa');
    d.font(bold ? BOLD : FONT)
      .fontSize(7.5)
      .fillColor('#000');
    let x = MARGIN;
    put(d, no, x + 2, this.y + 3.5);
    x += cNo!.width;
    put(d, fit(d, name, cName!.width - 6), x + 2, this.y + 3.5);
    x += cName!.width;
    put(d, region, x + 2, this.y + 3.5);
    x += cRegion!.width;
    for (const [i, c] of [index, ...cells].entries()) {
      const w = this.columns[3 + i]!.width;
      this.cell(x, w, c.score, c.color, bold || i === 0);
      x += w;
    }
    d.moveTo(MARGIN, this.y + ROW_H)
      .lineTo(d.page.width - MARGIN, this.y + ROW_H)
      .lineWidth(0.25)
      .strokeColor('#c8ccd4')
      .stroke();
    this.y += ROW_H;
  }

  private cell(x: number, w: number, score: number | null, color: CellColor, bold: boolean): void {
    const d = this.doc;
    const ink = hex(CELL_INK[color]);
    d.rect(x + 0.5, this.y + 0.5, w - 1, ROW_H - 1).fill(hex(CELL_FILL[color]));
    drawSymbol(d, color, x + 5, this.y + 3.5, 6.5, ink);
    d.font(bold ? BOLD : FONT)
      .fontSize(7.5)
      .fillColor(ink);
    if (score === null) return; // a grey cell has no score: its symbol alone says "not rated"
    const text = scoreText(score);
    put(d, text, x + w - 5 - d.widthOfString(text), this.y + 3.5);
  }

  private totals(): void {
    const t = matrixTotals(this.m);
    this.ensureRoom(ROW_H * 3);
    this.doc
      .moveTo(MARGIN, this.y)
      .lineTo(this.doc.page.width - MARGIN, this.y)
      .lineWidth(1)
      .strokeColor('#000')
      .stroke();
    this.row('', `Rata-rata (${t.agencies} instansi)`, '', { score: t.index, color: t.color }, t.cells, true, false);
    const items = COLOR_ORDER.map((c) => `${t.items[c].toLocaleString('id-ID')} ${COLOR_NAMES[c].id.toLowerCase()}`);
    this.doc
      .font(FONT)
      .fontSize(7.5)
      .fillColor('#000')
      .text(`Jumlah butir: ${items.join(' · ')}`, MARGIN, this.y + 5, { lineBreak: false });
    this.y += ROW_H * 2;
  }

  private pageNumbers(): void {
    const d = this.doc;
    const { start, count } = d.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      d.switchToPage(i);
      // Writing in the bottom margin would otherwise make PDFKit start a new page.
      d.page.margins.bottom = 0;
      const y = d.page.height - MARGIN + 4;
      d.font(FONT).fontSize(7).fillColor('#555');
      d.text(`Pantau BerAKHLAK · ${formatWib(this.meta.generatedAt)}`, MARGIN, y, { lineBreak: false });
      d.text(`Halaman ${i - start + 1} dari ${count}`, MARGIN, y, {
        width: d.page.width - 2 * MARGIN,
        align: 'right',
        lineBreak: false,
      });
    }
  }
}

/** The leadership report: landscape A4, title, period, filters, legend, the coloured table with symbols, averages. */
export function renderMatrixPdf(m: MatrixResponse, meta: ExportMeta): Promise<Buffer> {
  return new MatrixPdf(m, meta).render();
}
