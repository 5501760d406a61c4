import type { LocaleFile } from './webjar.js';

/** Every key path of a locale file ("labels.CLAIM_TASK", "dateLocales.months.0", ...), sorted. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k)).sort();
  }
  return [prefix];
}

/** What must survive translation untouched: {{placeholders}} (spacing ignored), HTML tags and entities, %s/%d. */
export function invariantsOf(text: string): string[] {
  const placeholders = [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => `{{${m[1]}}}`);
  const tags = [...text.matchAll(/<\/?[a-z][^>]*>/gi)].map((m) => m[0]);
  const entities = [...text.matchAll(/&[a-z]+;/gi)].map((m) => m[0]);
  const printf = [...text.matchAll(/%[sd]/g)].map((m) => m[0]);
  return [...placeholders, ...tags, ...entities, ...printf].sort();
}

/**
 * Problems of a translation against the English file: missing or extra keys, changed placeholders or
 * HTML, labels left in English (unless allow-listed), allow-list entries that were translated after all.
 */
export function periksaTerjemahan(en: LocaleFile, terjemahan: LocaleFile, samaDenganInggris: readonly string[]): string[] {
  const problems: string[] = [];
  const enKeys = new Set(keyPaths(en));
  const idKeys = new Set(keyPaths(terjemahan));
  for (const k of enKeys) if (!idKeys.has(k)) problems.push(`kunci hilang: ${k}`);
  for (const k of idKeys) if (!enKeys.has(k)) problems.push(`kunci berlebih: ${k}`);
  for (const [key, english] of Object.entries(en.labels)) {
    const value = terjemahan.labels[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      problems.push(`${key}: bukan string`);
      continue;
    }
    if (JSON.stringify(invariantsOf(value)) !== JSON.stringify(invariantsOf(english))) {
      problems.push(`${key}: placeholder/HTML berubah (${invariantsOf(english).join(' ')} -> ${invariantsOf(value).join(' ')})`);
    }
    const allowed = samaDenganInggris.includes(key);
    if (value === english && !allowed) problems.push(`${key}: belum diterjemahkan ("${english}")`);
    if (value !== english && allowed) problems.push(`${key}: ada di daftar "sama dengan Inggris" tetapi diterjemahkan`);
  }
  return problems;
}
