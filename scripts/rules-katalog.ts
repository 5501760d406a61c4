// npm run rules:katalog [-- --sumber PATH]: regenerates rules/katalog.json from RULES.md when it is there.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bedaDenganIndeks, parseKatalog } from './rules/katalog.js';
import { cariRulesMd, KATALOG_JSON, ROOT } from './rules/paths.js';

const BANTUAN = `Pemakaian: npm run rules:katalog [-- --sumber PATH]

Membaca judul "#### R-XXX-nn · Judul" dan baris "- **Type:**" dari RULES.md dan menulis
rules/katalog.json (id, title, type, typeText), salinan yang dibaca npm run rules:coverage.
Tanpa --sumber, shared/RULES.md dicari di folder-folder di atas proyek (../shared/RULES.md).
Bila RULES.md tidak ada (klon CI), katalog yang ada dibiarkan dan perintah selesai dengan kode 0.`;

const { values } = parseArgs({ options: { sumber: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(BANTUAN);
  process.exit(0);
}
const sumber = values.sumber ? path.resolve(values.sumber) : cariRulesMd();
if (!sumber) {
  console.log('RULES.md tidak ditemukan (../shared/RULES.md); rules/katalog.json dibiarkan seperti adanya.');
  process.exit(0);
}
const markdown = await readFile(sumber, 'utf8');
// Named as seen from the project root, whichever copy was read, so the snapshot does not depend on the checkout.
const katalog = parseKatalog(markdown, '../shared/RULES.md');
for (const beda of bedaDenganIndeks(markdown, katalog)) console.warn(`peringatan: ${beda}`);
await writeFile(KATALOG_JSON, `${JSON.stringify(katalog, null, 2)}\n`);
console.log(`${katalog.aturan.length} aturan dari ${sumber} ditulis ke ${path.relative(ROOT, KATALOG_JSON)}.`);
