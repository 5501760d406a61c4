import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { teksKatalog } from '../../../scripts/katalog-topik.js';

it('src/domain/modeler/katalog-topik.ts lists every worker topic with its settings and outputs (run npm run modeler:katalog)', async () => {
  const file = path.join(import.meta.dirname, '../../../src/domain/modeler/katalog-topik.ts');
  expect(await readFile(file, 'utf8')).toBe(teksKatalog());
});
