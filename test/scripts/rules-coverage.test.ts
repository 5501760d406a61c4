import { describe, expect, it } from 'vitest';
import { hitungCakupan } from '../../scripts/rules/coverage.js';
import { bedaDenganIndeks, jenisDari, parseKatalog, type Katalog } from '../../scripts/rules/katalog.js';
import { idDalam, judulTes } from '../../scripts/rules/test-titles.js';

const RULES_MD = `
### 3.1 National baseline (R-NAT)

#### R-NAT-01 · Only two forms of penugasan
- **Statement:** A penugasan's form must be PENUNJUKAN or PENGAJUAN_SUKARELA.
- **Type:** HARD
- **Check:** \`penugasan.form ∈ {PENUNJUKAN, SUKARELA}\`.

#### R-NAT-03 · Three scopes, derived from org data
- **Type:** HARD (+ ROUTING: the scope selects flow F1/F2/F3 or F4/F5)

#### R-NAT-15 · Lintas instansi is exceptional and only by penunjukan
- **Type:** SOFT (justification) + HARD (form must be PENUNJUKAN, via R-NAT-21)

#### R-SYS-02 · Only the resolved role holder may complete a task
- **Type:** HARD

| HARD | R-NAT-01, R-NAT-03, R-SYS-02 |
| SOFT+HARD | R-NAT-15 |
`;

describe('rules:katalog parses the rule index of RULES.md', () => {
  it('given headings and Type lines, when parsed, then each rule has its id, title and normalised type', () => {
    const katalog = parseKatalog(RULES_MD, '../shared/RULES.md');
    expect(katalog.aturan.map(({ id, title, type }) => ({ id, title, type }))).toEqual([
      { id: 'R-NAT-01', title: 'Only two forms of penugasan', type: 'HARD' },
      { id: 'R-NAT-03', title: 'Three scopes, derived from org data', type: 'HARD' },
      { id: 'R-NAT-15', title: 'Lintas instansi is exceptional and only by penunjukan', type: 'SOFT+HARD' },
      { id: 'R-SYS-02', title: 'Only the resolved role holder may complete a task', type: 'HARD' },
    ]);
    expect(katalog.aturan[1]?.typeText).toBe('HARD (+ ROUTING: the scope selects flow F1/F2/F3 or F4/F5)');
    expect(bedaDenganIndeks(RULES_MD, katalog)).toEqual([]);
  });

  it.each([
    ['ROUTING + HARD', 'ROUTING+HARD'],
    ['HARD + ROUTING', 'ROUTING+HARD'],
    ['ROUTING + SOFT', 'ROUTING+SOFT'],
    ['HARD (permissive) + profile cap', 'HARD'],
    ['ROUTING (decision owner = PUO); caps only via profile (R-KIN-07..11).', 'ROUTING'],
    ['SOFT (timer)', 'SOFT'],
  ])('given the Type line %j, when normalised, then it is %s', (teks, jenis) => {
    expect(jenisDari(teks)).toBe(jenis);
  });

  it('given a heading without a Type line, when parsed, then it fails naming the rule', () => {
    expect(() => parseKatalog('#### R-NAT-01 · A\n#### R-NAT-02 · B\n- **Type:** HARD\n', 'x')).toThrow(/R-NAT-01/);
  });
});

describe('rules:coverage reads the titles of tests', () => {
  it('given nested describes, when read, then each test carries the titles around it, outermost first', () => {
    const source = `
      describe('R-NAT-13 alasan penolakan', () => {
        describe('given a refusal', () => {
          it('then a reason is required', () => {});
          test.each([1, 2])('case %i', () => {});
        });
        it.skip('skipped but still cited', () => {});
      });
      it('top level R-SYS-02', async () => {});`;
    expect(judulTes(source, 'test/x.test.ts').map((t) => t.path)).toEqual([
      ['R-NAT-13 alasan penolakan', 'given a refusal', 'then a reason is required'],
      ['R-NAT-13 alasan penolakan', 'given a refusal', 'case %i'],
      ['R-NAT-13 alasan penolakan', 'skipped but still cited'],
      ['top level R-SYS-02'],
    ]);
  });

  it('given template-string titles, when read, then the literal text counts and substitutions show as ${…}', () => {
    const source = 'it(`R-NAT-09: given ${TANGGAL}, then R-NAT-41 holds`, () => {}); it(`plain ${RULE_ID}`, () => {});';
    const [pertama, kedua] = judulTes(source, 'f.test.ts');
    expect(pertama?.path).toEqual(['R-NAT-09: given ${…}, then R-NAT-41 holds']);
    expect(idDalam(kedua!.path.join(' '))).toEqual([]);
  });

  it('given IDs only in comments and test bodies, when read, then they are not cited', () => {
    const source = `
      // R-NAT-01 is checked below
      /* R-NAT-04 */
      it('a test without a rule id', () => {
        // R-NAT-05
        expect(ruleIds(check())).toEqual(['R-NAT-06']);
      });`;
    const tes = judulTes(source, 'f.test.ts');
    expect(tes.flatMap((t) => idDalam(t.path.join(' ')))).toEqual([]);
  });

  it.each([
    ['R-NAT-07 and R-NAT-08 pejabatPenilaiKinerja', ['R-NAT-07', 'R-NAT-08']],
    ['all checks of F1 (R-NAT-02, 03, 41, R-SYS-03)', ['R-NAT-02', 'R-NAT-03', 'R-NAT-41', 'R-SYS-03']],
    ['R-BTN-02/03 ketua', ['R-BTN-02', 'R-BTN-03']],
    ['R-NAT-13: 20 characters at least; R-NAT-130 is no id', ['R-NAT-13']],
    ['XR-NAT-01 and R-NAT-1 are not ids', []],
  ])('given the title %j, when its ids are read, then they are %j', (judul, ids) => {
    expect(idDalam(judul)).toEqual(ids);
  });
});

describe('rules:coverage decides the status of every rule, agency rules included (R-NAT, R-BTN, R-MRT, R-KIN, R-SYS)', () => {
  const katalog: Katalog = {
    sumber: 'x',
    sumberSha256: 'x',
    aturan: [
      { id: 'R-NAT-01', title: 'a', type: 'HARD', typeText: 'HARD' },
      { id: 'R-NAT-02', title: 'b', type: 'HARD', typeText: 'HARD' },
      { id: 'R-SYS-01', title: 'c', type: 'HARD', typeText: 'HARD' },
      { id: 'R-BTN-01', title: 'd', type: 'HARD', typeText: 'HARD' },
    ],
  };
  const alasan = 'Pernyataan niat tanpa keluaran yang dapat diamati.';

  it('given a cited, a marked and two open rules (one of an agency), when counted, then they are CAKUP, TIDAK DAPAT DIPERIKSA and BELUM, and the open ones fail', () => {
    const hasil = hitungCakupan(katalog, [{ file: 'f.test.ts', path: ['R-NAT-01 x', 'y'] }], [{ id: 'R-NAT-02', alasan }]);
    expect(hasil.aturan.map((a) => [a.id, a.status])).toEqual([
      ['R-NAT-01', 'CAKUP'], ['R-NAT-02', 'TIDAK DAPAT DIPERIKSA'], ['R-SYS-01', 'BELUM'], ['R-BTN-01', 'BELUM'],
    ]);
    expect(hasil.aturan[0]?.tes).toEqual([{ file: 'f.test.ts', title: 'R-NAT-01 x › y' }]);
    expect(hasil.ringkasan).toEqual({ total: 4, CAKUP: 1, 'TIDAK DAPAT DIPERIKSA': 1, BELUM: 2 });
    expect(hasil.masalah).toEqual([expect.stringContaining('R-SYS-01'), expect.stringContaining('R-BTN-01')]);
  });

  it('given a rule both cited and marked, an unknown marked id and an unknown cited id, when counted, then each is a problem', () => {
    const hasil = hitungCakupan(
      katalog,
      [{ file: 'f.test.ts', path: ['R-NAT-01 R-SYS-01 R-NAT-99'] }, { file: 'g.test.ts', path: ['R-NAT-02'] }],
      [{ id: 'R-NAT-02', alasan }, { id: 'R-NAT-77', alasan }],
    );
    expect(hasil.masalah).toEqual([
      expect.stringContaining('R-NAT-99, yang tidak ada di katalog'),
      expect.stringContaining('R-NAT-77 ditandai tidak dapat diperiksa, tetapi tidak ada di katalog'),
      expect.stringContaining('R-NAT-02 dicakup 1 tes sekaligus ditandai'),
      expect.stringContaining('R-BTN-01 (d) belum dicakup tes'),
    ]);
  });
});
