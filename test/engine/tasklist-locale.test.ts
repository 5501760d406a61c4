import fs from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_DIR, ENGINE_JAR } from '../../src/cli/engine-process.js';
import { invariantsOf, keyPaths, periksaTerjemahan } from '../../src/tasklist-locale/periksa.js';
import { DATE_LOCALES_ID, LABELS_ID, SAMA_DENGAN_INGGRIS } from '../../src/tasklist-locale/terjemahan-id.js';
import { parseLocale, TASKLIST_LOCALES, WEBJAR_APP, webjarOf, type LocaleFile } from '../../src/tasklist-locale/webjar.js';

/**
 * The Indonesian Tasklist locale we ship (engine/src/main/resources/META-INF/...) against the English
 * one inside the built engine jar (`mvn package` in engine/ runs before npm test, also on CI). A Camunda
 * upgrade that adds or drops labels fails here; `npm run locale:tasklist` lists what to translate.
 */

const RESOURCES = path.join(ENGINE_DIR, 'src/main/resources');
const ID_JSON = path.join(RESOURCES, TASKLIST_LOCALES, 'id.json');
const CONFIG_JS = path.join(RESOURCES, WEBJAR_APP, 'tasklist/scripts/config.js');

let en: LocaleFile;
let id: LocaleFile;
let webjarConfig: string;

beforeAll(async () => {
  const webjar = await webjarOf(ENGINE_JAR);
  en = parseLocale(webjar.read(`${TASKLIST_LOCALES}/en.json`));
  webjarConfig = webjar.read(`${WEBJAR_APP}/tasklist/scripts/config.js`).toString('utf8');
  id = parseLocale(await fs.readFile(ID_JSON));
});

describe('Tasklist locale id.json', () => {
  it('has exactly the keys of the en.json Camunda ships (labels and dateLocales)', () => {
    expect(Object.keys(en.labels).length).toBeGreaterThan(400);
    expect(keyPaths(id)).toEqual(keyPaths(en));
  });

  it('keeps every {{placeholder}}, HTML tag and %s/%d, and leaves nothing in English outside a short allow-list', () => {
    expect(periksaTerjemahan(en, id, SAMA_DENGAN_INGGRIS)).toEqual([]);
    expect(SAMA_DENGAN_INGGRIS.length).toBeLessThanOrEqual(25);
    expect(invariantsOf(id.labels.AUTH_LOGOUT_THANKS ?? '')).toEqual(['{{dayContext}}']);
  });

  it('uses the agreed terms for what a pejabat sees every day', () => {
    expect(id.labels).toMatchObject({
      PAGE_LOGIN_USERNAME: 'Nama pengguna',
      PAGE_LOGIN_PASSWORD: 'Kata sandi',
      PAGE_LOGIN_SIGN_IN_ACTION: 'Masuk',
      SIGN_OUT_ACTION: 'Keluar',
      CLAIM_TASK: 'Klaim',
      UNCLAIM_TASK: 'Lepaskan',
      COMPLETE: 'Selesaikan',
      SAVE: 'Simpan',
      START_PROCESS: 'Mulai proses',
      DUE: 'Tenggat',
      FOLLOW_UP: 'Tindak lanjut',
      PRIORITY: 'Prioritas',
      ASSIGNEE: 'Penerima tugas',
      CANDIDATE_GROUP: 'Kelompok kandidat',
      HISTORY: 'Riwayat',
      FORM: 'Formulir',
      DESCRIPTION: 'Deskripsi',
    });
    expect(id.dateLocales).toMatchObject({ months: expect.arrayContaining(['Januari', 'Agustus', 'Desember']) as unknown });
  });

  it('is what npm run locale:tasklist writes from the translation table', () => {
    expect(id).toEqual({ dateLocales: DATE_LOCALES_ID, labels: LABELS_ID });
  });
});

describe('Tasklist config.js', () => {
  /** Evaluates a config.js (an ES module with `export default {...}`) as the browser would, at a given URL with a given storage. */
  function evaluate(source: string, href = 'http://localhost/camunda/app/tasklist/default/', storage = new Map<string, string>()): Record<string, unknown> {
    const window = {
      location: { href },
      localStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
    };
    const context: { window: unknown; config?: unknown } = { window };
    vm.runInNewContext(source.replace(/^export default /m, 'config = '), context);
    return JSON.parse(JSON.stringify(context.config)) as Record<string, unknown>;
  }

  it('keeps the defaults of the webjar config.js and offers only Bahasa Indonesia', async () => {
    const ours = evaluate(await fs.readFile(CONFIG_JS, 'utf8'));
    const theirs = evaluate(webjarConfig);
    expect(ours).toEqual({
      ...theirs,
      locales: { availableLocales: ['id'], fallbackLocale: 'id' },
      // issue 9: "Sistem Kerja" in the header and title, and our custom script
      app: { name: 'Kerja', vendor: 'Sistem' },
      customScripts: ['scripts/sistem-kerja/tasklist'],
    });
  });

  it('switches one browser to English with ?bahasa=en in the query or the #fragment (remembered), and back with bahasa=id', async () => {
    const source = await fs.readFile(CONFIG_JS, 'utf8');
    const app = 'http://localhost/camunda/app/tasklist/default/';
    const en = { availableLocales: ['en'], fallbackLocale: 'en' };
    const id = { availableLocales: ['id'], fallbackLocale: 'id' };
    const storage = new Map<string, string>();
    expect(evaluate(source, `${app}#/?bahasa=en`, storage).locales).toEqual(en);
    expect(evaluate(source, `${app}#/login`, storage).locales).toEqual(en);
    expect(evaluate(source, `${app}?bahasa=id#/login`, storage).locales).toEqual(id);
    expect(evaluate(source, `${app}?bahasa=en`, storage).locales).toEqual(en);
    expect(evaluate(source, `${app}#/?task=1&bahasa=id`, storage).locales).toEqual(id);
    expect(evaluate(source, `${app}#/?bahasa=fr`, storage).locales).toEqual(id);
    expect(evaluate(source, `${app}#/?bahasa=english`, new Map()).locales).toEqual(id);
  });
});
