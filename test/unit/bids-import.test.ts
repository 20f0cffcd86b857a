// Importing bids from CSV and JSON: what spreadsheets really produce (BOM, CRLF, quoted commas
// and newlines, semicolons and decimal commas, Windows-1252, UTF-16) and every kind of bad cell,
// each reported with row, column and reason while the good rows still import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CriteriaSetSchema, describeProblem } from '../../engine/bids/model.ts';
import { readBidsCsv, bidsCsvTemplate } from '../../engine/bids/import-csv.ts';
import { readBidsJson } from '../../engine/bids/import-json.ts';
import { parseNumber } from '../../engine/bids/answers.ts';
import { csvLine } from '../../engine/bids/csv-records.ts';
import { defaultCriteria } from '../../engine/bids/defaults.ts';

const criteria = CriteriaSetSchema.parse({
  criteria: [
    { id: 'licences', type: 'gate', passWhen: 'yes', group: 'company', label: 'Holds licences', source: 'MD GP 8' },
    { id: 'rules', type: 'scale', weight: 40, group: 'weapons-equipment', label: 'Rules for the use of force', source: 'MD GP 11', descriptors: ['0', '1', '2', '3', '4', '5'] },
    { id: 'icoca', type: 'icoca', weight: 30, group: 'company', label: 'ICoCA status', source: 'T-OA' },
    { id: 'price', type: 'price', weight: 30, group: 'price', label: 'Price', source: 'MD GP 5' },
    { id: 'notes', type: 'record', valueType: 'text', group: 'service', label: 'Notes', source: 's' },
  ],
});
const header = 'bidder,licences,rules,icoca,price,notes,rules evidence';
const enc = (s: string) => new TextEncoder().encode(s);

test('a UTF-8 file with BOM and Windows line endings imports cleanly', () => {
  const r = readBidsCsv(enc('\uFEFF' + header + '\r\nAlpha Ltd,yes,4,certified member,120000,,p. 3\r\nBravo SA,Yes,3,Affiliate,99000.50,,\r\n'), criteria);
  assert.deepEqual(r.problems, []);
  assert.equal(r.encoding, 'utf-8');
  assert.deepEqual(r.bids.map((b) => [b.bidder, b.answers, b.evidence, b.origin]), [
    ['Alpha Ltd', { licences: true, rules: 4, icoca: 'certified-member', price: 120000 }, { rules: 'p. 3' }, 'row 2'],
    ['Bravo SA', { licences: true, rules: 3, icoca: 'affiliate', price: 99000.5 }, {}, 'row 3'],
  ]);
});

test('quoted cells keep their commas, quotes and line breaks, and rows stay numbered as in the spreadsheet', () => {
  const text = `${header}\n"Smith, Jones & Co",yes,4,none,"1,250,000",,"Rules, vol. 2 ""RUF"" p. 14\nWeapons register, annex F"\nCharlie,yes,2,none,90000,"x",\n`;
  const r = readBidsCsv(text, criteria);
  assert.deepEqual(r.problems, []);
  assert.equal(r.bids[0]!.bidder, 'Smith, Jones & Co');
  assert.equal(r.bids[0]!.answers.price, 1250000);
  assert.equal(r.bids[0]!.evidence.rules, 'Rules, vol. 2 "RUF" p. 14\nWeapons register, annex F');
  assert.equal(r.bids[1]!.origin, 'row 3', 'a quoted line break does not shift the row numbers');
});

test('semicolon files from European spreadsheets: decimal commas and dot-grouped thousands', () => {
  const r = readBidsCsv(enc(header.replaceAll(',', ';') + '\r\nÉtoile Sécurité SARL;oui?;4;none;1.250.000,75;;\r\nDelta GmbH;ja;3;none;980000,5;;\r\nEcho;no;3;none;100.000;;\r\n'), criteria);
  assert.equal(r.delimiter, ';');
  // "oui?" and "ja" are not yes/no: reported per cell, and those rows do not import
  assert.deepEqual(
    r.problems.map((p) => [p.row, p.column, p.value]),
    [
      [2, 'licences (column B)', 'oui?'],
      [3, 'licences (column B)', 'ja'],
    ],
  );
  assert.match(r.problems[0]!.reason, /answered "yes" or "no"/);
  assert.deepEqual(r.bids.map((b) => [b.bidder, b.answers.price]), [['Echo', 100000]]);
  assert.deepEqual(r.rejected.map((x) => [x.origin, x.bidder]), [['row 2', 'Étoile Sécurité SARL'], ['row 3', 'Delta GmbH']]);
});

test('every kind of bad cell is reported with row, column and reason; the good rows import', () => {
  const text = [
    header,
    'Good One,yes,5,certified-member,100000,,',
    'Bad Mark,yes,7,none,100000,,', // mark out of range
    'Bad Price,yes,3,none,12O000,,', // letter O in a number
    'Zero Price,yes,3,none,0,,',
    'Bad Status,yes,3,gold member,100000,,',
    ',yes,3,none,100000,,', // no bidder
    'Good One,yes,4,none,90000,,', // duplicate bidder
    'Short Row,yes,3', // too few cells
    'Long Row,yes,3,none,100000,,,unquoted; extra', // too many cells
    'Good Two,no,1,none,150000,,',
  ].join('\n');
  const r = readBidsCsv(text, criteria);
  assert.deepEqual(r.bids.map((b) => b.bidder), ['Good One', 'Good Two']);
  const errors = r.problems.filter((p) => p.severity === 'error');
  const at = (row: number) => errors.filter((p) => p.row === row).map((p) => `${p.column ?? ''}|${p.reason}`);
  assert.match(at(3)[0]!, /^rules \(column C\)\|marks are whole numbers from 0 to 5/);
  assert.match(at(4)[0]!, /^price \(column E\)\|not a number/);
  assert.match(at(5)[0]!, /^price \(column E\)\|a price of 0 cannot be compared/);
  assert.match(at(6)[0]!, /^icoca \(column D\)\|an ICoCA status is one of/);
  assert.match(at(7)[0]!, /^bidder \(column A\)\|the bidder is not named/);
  assert.match(at(8)[0]!, /already has a bid in row 2/);
  assert.match(at(9)[0]!, /has 3 cells but the header has 7/);
  assert.match(at(10)[0]!, /has 8 cells but the header has 7; a cell probably contains ","/);
  assert.equal(r.rejected.length, 8, 'each bad row is listed as rejected, none silently dropped');
  assert.match(describeProblem(errors[0]!), /^Error at row 3, rules \(column C\) \("7"\): marks are whole numbers/);
});

test('a stray or unclosed quote loses only its own row; reading resumes on the next line', () => {
  const text = [header, 'Alpha,yes,4,none,100000,,', 'Bravo,yes,"4"x,none,100000,,', 'Charlie,yes,3,none,90000,,', 'Delta,yes,3,none,"90000,,', 'Echo,yes,2,none,80000,,'].join('\r\n');
  const r = readBidsCsv(text, criteria);
  assert.deepEqual(r.bids.map((b) => [b.bidder, b.origin]), [['Alpha', 'row 2'], ['Charlie', 'row 4'], ['Echo', 'row 6']]);
  const errors = r.problems.filter((p) => p.severity === 'error');
  assert.deepEqual(errors.map((p) => p.row), [3, 5]);
  assert.match(errors[0]!.reason, /quoted cell is followed by more text.*\(line 3 of the file\)/);
  assert.match(errors[1]!.reason, /opens a quote that is never closed.*\(line 5 of the file\)/);
});

test('header problems: no bidder column refuses the file; unknown and missing columns are reported', () => {
  const none = readBidsCsv('name,licences,rules,icoca,price\nAlpha,yes,4,none,1\n', criteria);
  assert.equal(none.bids.length, 0);
  assert.ok(none.problems.some((p) => /no "bidder" column/.test(p.reason)));
  assert.ok(none.problems.some((p) => /none of the 1 rows below the header was imported/.test(p.reason)));

  const odd = readBidsCsv('bidder,licences,rules,price,colour\nAlpha,yes,4,100,blue\n', criteria);
  assert.equal(odd.bids.length, 1, 'the bid still imports');
  assert.ok(odd.problems.some((p) => p.column === 'colour (column E)' && /not a criterion of this evaluation/.test(p.reason)));
  assert.ok(odd.problems.some((p) => p.severity === 'error' && /no column for the criterion "icoca".*every bid scores 0/.test(p.reason)));
  assert.ok(odd.problems.some((p) => p.severity === 'warning' && /"notes"/.test(p.reason)));

  const dup = readBidsCsv('bidder,licences,licences,rules,icoca,price\nAlpha,yes,no,4,none,1\n', criteria);
  assert.equal(dup.bids.length, 0, 'two answers for one criterion are ambiguous');
  assert.ok(dup.problems.some((p) => /repeats column B/.test(p.reason)));
});

test('headers may use the criterion label instead of its id, in any case', () => {
  const r = readBidsCsv('Bidder,Holds Licences,rules for the use of force,ICoCA status,PRICE\nAlpha,yes,4,none,10\n', criteria);
  assert.deepEqual(r.bids[0]!.answers, { licences: true, rules: 4, icoca: 'none', price: 10 });
});

test('Windows-1252 bytes are read with a warning; UTF-16 with a BOM is decoded', () => {
  const cp1252 = new Uint8Array([...enc(header + '\r\n'), ...[0x53, 0xe9, 0x63, 0x75, 0x72, 0x69, 0x74, 0xe9], ...enc(',yes,3,none,100,,\r\n')]);
  const r = readBidsCsv(cp1252, criteria);
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.bids[0]!.bidder, 'Sécurité');
  assert.ok(r.problems.some((p) => p.severity === 'warning' && /not UTF-8/.test(p.reason)));

  const text = '\uFEFF' + header.replaceAll(',', '\t') + '\r\nAlpha\tyes\t4\tnone\t100\t\t\r\n';
  const utf16 = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) [utf16[2 * i], utf16[2 * i + 1]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
  const u = readBidsCsv(utf16, criteria);
  assert.equal(u.encoding, 'utf-16le');
  assert.equal(u.delimiter, '\t');
  assert.deepEqual(u.bids.map((b) => b.bidder), ['Alpha']);
});

test('blank rows between bids are reported; trailing blank rows are ignored; an empty file says how to start', () => {
  const r = readBidsCsv(`${header}\nAlpha,yes,4,none,100,,\n,,,,,,\nBravo,yes,4,none,100,,\n,,,,,,\n\n`, criteria);
  assert.deepEqual(r.bids.map((b) => b.bidder), ['Alpha', 'Bravo']);
  assert.deepEqual(r.problems.map((p) => p.reason), ['row 3 is blank and was skipped']);
  assert.match(readBidsCsv('', criteria).problems[0]!.reason, /file is empty.*mandate bids template/);
});

test('the template header reads back as a valid, empty bids file', () => {
  const d = defaultCriteria();
  for (const delimiter of [',', ';'] as const) {
    const r = readBidsCsv(bidsCsvTemplate(d, delimiter), d);
    assert.deepEqual([r.bids, r.problems, r.delimiter], [[], [], delimiter]);
  }
});

test('the example tender reads the same from JSON, comma CSV and semicolon CSV', () => {
  const d = defaultCriteria();
  const json = readBidsJson(JSON.parse(readFileSync('examples/bids/tender-bids.json', 'utf8')), d);
  const strip = (bids: typeof json.bids) => bids.map(({ origin: _, ...b }) => b);
  assert.deepEqual(json.problems, []);
  assert.equal(json.bids.length, 6);
  for (const file of ['tender-bids.csv', 'tender-bids-semicolon.csv']) {
    const csv = readBidsCsv(new Uint8Array(readFileSync(`examples/bids/${file}`)), d);
    assert.deepEqual(csv.problems, [], file);
    assert.deepEqual(strip(csv.bids), strip(json.bids), file);
  }
});

test('numbers: only unambiguous forms are accepted', () => {
  assert.equal(parseNumber('1250', '.'), 1250);
  assert.equal(parseNumber('1,250.50', '.'), 1250.5);
  assert.equal(parseNumber('1 250', '.'), 1250);
  assert.equal(parseNumber('1.250,50', ','), 1250.5);
  assert.equal(parseNumber('12,5', ','), 12.5);
  assert.equal(parseNumber('-3', '.'), -3);
  for (const bad of ['12,5', '1,25,0', '12.5.3', '1e3', '12abc', '', '$100', '1,2345'])
    assert.equal(parseNumber(bad, '.'), undefined, `"${bad}" with "." as the decimal mark`);
  assert.equal(parseNumber('12.5', ','), undefined, 'a "." decimal in a semicolon file is ambiguous and refused');
});

test('JSON: bad entries are reported by path and stay out; good entries import', () => {
  const r = readBidsJson(
    {
      bids: [
        { bidder: 'Alpha', answers: { licences: 'yes', rules: 4, icoca: 'certified', price: '100000' } },
        { bidder: 'Bravo', answers: { licences: 'maybe', colour: 'red' } },
        { bidder: 'Charlie', answers: {}, extra: 1 },
        { bidder: 'alpha', answers: {} },
      ],
    },
    criteria,
  );
  assert.deepEqual(r.bids.map((b) => [b.bidder, b.answers]), [['Alpha', { licences: true, rules: 4, icoca: 'certified-member', price: 100000 }]]);
  assert.deepEqual(r.problems.map((p) => p.field), ['bids[1].answers.licences', 'bids[1].answers.colour', 'bids[2]', 'bids[3].bidder']);
  assert.equal(r.rejected.length, 3);
  assert.match(readBidsJson({ offers: [] }, criteria).problems[0]!.reason, /expected a list of bids/);
});

// Property tests: whatever text a bidder's name or evidence holds, writing it as CSV (either
// delimiter, LF or CRLF, with or without BOM) and reading it back gives the same bids; and no
// input, however broken, makes the importer throw or lose a row without saying so.
const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r\n', 'é', '\t', '1', '.', '–'), maxLength: 30 });
test('property: CSV written with any delimiter, line ending and BOM reads back to the same bids', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.record({ bidder: text.filter((s) => s.trim() !== ''), evidence: text, rules: fc.integer({ min: 0, max: 5 }), price: fc.integer({ min: 1, max: 9_999_999 }) }), {
        minLength: 1,
        maxLength: 8,
        selector: (b) => b.bidder.trim().toLowerCase(),
      }),
      fc.constantFrom(',', ';') as fc.Arbitrary<',' | ';'>,
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
      (bids, delimiter, eol, bom) => {
        const lines = [csvLine(['bidder', 'licences', 'rules', 'icoca', 'price', 'rules evidence'], delimiter)];
        for (const b of bids) lines.push(csvLine([b.bidder, 'yes', String(b.rules), 'none', String(b.price), b.evidence], delimiter));
        const r = readBidsCsv(enc((bom ? '\uFEFF' : '') + lines.join(eol) + eol), criteria);
        assert.deepEqual(r.problems.filter((p) => p.severity === 'error'), []);
        assert.deepEqual(
          r.bids.map((b) => [b.bidder, b.answers.rules, b.answers.price, b.evidence.rules ?? '']),
          bids.map((b) => [b.bidder.trim(), b.rules, b.price, b.evidence.trim()]),
        );
      },
    ),
    { numRuns: 200 },
  );
});

test('property: arbitrary text never throws, and every non-blank data row is imported or reported', () => {
  const junk = fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\n', '\r', '4', 'yes', 'none', ' '), maxLength: 200 });
  fc.assert(
    fc.property(junk, (body) => {
      const r = readBidsCsv(header + '\n' + body, criteria);
      const errorRows = new Set(r.problems.filter((p) => p.severity === 'error' && p.row !== undefined && p.row > 1).map((p) => `row ${p.row}`));
      for (const b of r.bids) assert.ok(!errorRows.has(b.origin), `${b.origin} imported despite an error`);
      for (const x of r.rejected) assert.ok(x.reasons.length > 0 && errorRows.has(x.origin));
      assert.equal(r.rejected.length, errorRows.size, 'every row with an error is listed as rejected');
    }),
    { numRuns: 300 },
  );
});
