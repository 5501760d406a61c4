/**
 * Writes src/domain/modeler/katalog-topik.ts from the worker topics (workers/topics.ts): the lint rules, the
 * element templates and the modeler know every topic, its settings and outputs without importing the workers.
 * test/domain/modeler/katalog-topik.test.ts fails when the file is out of date: run `npm run modeler:katalog`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allTopics } from '../workers/topics.js';
import type { WorkerDeps } from '../workers/shared/deps.js';

export function katalogTopik() {
  return allTopics({} as WorkerDeps).map((t) => ({ topik: t.topic, pengaturan: [...t.pengaturan], keluaran: [...(t.outputs ?? [])] }))
    .sort((a, b) => a.topik.localeCompare(b.topik));
}

export function teksKatalog(): string {
  return `// Dibuat oleh \`npm run modeler:katalog\` dari workers/topics.ts; jangan disunting.
/** Every external-task topic a worker serves: its settings (input parameters) and the variables it may set. */
export const KATALOG_TOPIK: readonly { readonly topik: string; readonly pengaturan: readonly string[]; readonly keluaran: readonly string[] }[] = ${JSON.stringify(katalogTopik(), null, 2)};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/domain/modeler/katalog-topik.ts');
  await writeFile(file, teksKatalog());
  console.log(`ditulis: ${path.relative(process.cwd(), file)}`);
}
