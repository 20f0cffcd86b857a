// Runtime: any (pure). The Word styles of the DOCX: named, so a lawyer who edits the file in
// Word keeps the house look (Heading 1 for articles, Clause, Item, Definition …). Sizes are in
// half-points, spacing and indents in twentieths of a point.
import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';

/** A serif every Word installation has (LibreOffice substitutes the metric-compatible Liberation Serif). */
export const FONT = 'Times New Roman';
/** A4 width minus two 1-inch margins */
export const TEXT_WIDTH = 11906 - 2 * 1440;

const style = (id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'BodyText',
  quickFormat: true,
  ...options,
});

const keep = { keepNext: true, keepLines: true };

export const docxStyles: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 264 } } },
    heading1: { run: { font: FONT, size: 22, bold: true }, paragraph: { ...keep, spacing: { before: 320, after: 160 }, outlineLevel: 0 } },
    heading2: { run: { font: FONT, size: 22, bold: true }, paragraph: { ...keep, spacing: { before: 200, after: 80 }, outlineLevel: 1 } },
    heading3: { run: { font: FONT, size: 22, bold: true, italics: true }, paragraph: { ...keep, spacing: { before: 160, after: 60 }, outlineLevel: 2 } },
  },
  paragraphStyles: [
    style('BodyText', 'Body Text', { paragraph: { alignment: AlignmentType.JUSTIFIED } }),
    style('Clause', 'Clause', { paragraph: { alignment: AlignmentType.JUSTIFIED } }),
    style('Item', 'Clause Item', { paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 80 } } }),
    style('Continuation', 'Clause Continuation', { paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: 720 } } }),
    style('Definition', 'Definition', { paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: 720 } } }),
    style('Note', 'Annex Note', { run: { italics: true, size: 20 } }),
    style('Centered', 'Centered', { paragraph: { alignment: AlignmentType.CENTER } }),
    style('CoverTitle', 'Cover Title', { run: { bold: true, size: 40 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 560 } } }),
    style('CoverLine', 'Cover Line', { run: { size: 25 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } }),
    style('CoverSpacer', 'Cover Spacer', { paragraph: { spacing: { before: 3000, after: 0 } } }),
    style('SectionStart', 'Section Start', { run: { size: 2 }, paragraph: { spacing: { after: 0, line: 240 } } }),
    style('TableText', 'Table Text', { run: { size: 18 }, paragraph: { spacing: { before: 40, after: 40 } } }),
    style('SignatureCaption', 'Signature Caption', { run: { italics: true, size: 15, color: '555555' }, paragraph: { spacing: { before: 840, after: 120 }, indent: { right: TEXT_WIDTH - 4400 } } }),
    style('SignatureField', 'Signature Field', { paragraph: { spacing: { after: 40 } } }),
    style('HeaderText', 'Header Text', { run: { size: 17, color: '555555' }, paragraph: { spacing: { after: 0 } } }),
    style('FooterText', 'Footer Text', { run: { size: 18 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } }),
    style('Fingerprint', 'Fingerprint', { run: { size: 12, color: '555555' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } }),
  ],
};
