import fs from 'node:fs/promises';
import path from 'node:path';
import { ENGINE_DIR, ENGINE_JAR } from './engine-process.js';
import { periksaTerjemahan } from '../tasklist-locale/periksa.js';
import { DATE_LOCALES_ID, LABELS_ID, SAMA_DENGAN_INGGRIS } from '../tasklist-locale/terjemahan-id.js';
import { parseLocale, TASKLIST_LOCALES, webjarOf, type LocaleFile } from '../tasklist-locale/webjar.js';

/**
 * npm run locale:tasklist: writes the Indonesian Tasklist locale (id.json) from the translation table
 * in src/tasklist-locale/terjemahan-id.ts, in the key order of the en.json inside the built engine jar.
 * Fails, listing them, if keys are missing or extra (e.g. after a Camunda upgrade) or placeholders changed.
 */
const ID_JSON = path.join(ENGINE_DIR, 'src/main/resources', TASKLIST_LOCALES, 'id.json');

const webjar = await webjarOf(ENGINE_JAR);
const en = parseLocale(webjar.read(`${TASKLIST_LOCALES}/en.json`));
const labels: Record<string, string> = {};
for (const key of Object.keys(en.labels)) {
  const value = LABELS_ID[key];
  if (value !== undefined) labels[key] = value;
}
for (const [key, value] of Object.entries(LABELS_ID)) if (!(key in labels)) labels[key] = value;
const id: LocaleFile = { dateLocales: DATE_LOCALES_ID, labels };

const problems = periksaTerjemahan(en, id, SAMA_DENGAN_INGGRIS);
if (problems.length > 0) {
  console.error(`id.json tidak ditulis: ${problems.length} masalah terhadap en.json dari ${webjar.file}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exitCode = 1;
} else {
  await fs.mkdir(path.dirname(ID_JSON), { recursive: true });
  await fs.writeFile(ID_JSON, `${JSON.stringify(id, null, 2)}\n`);
  console.log(`${path.relative(process.cwd(), ID_JSON)}: ${Object.keys(labels).length} label, sesuai en.json dari ${webjar.file}`);
}
