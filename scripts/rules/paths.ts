import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the folder above scripts/. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const KATALOG_JSON = path.join(ROOT, 'rules/katalog.json');
export const TIDAK_DAPAT_DIPERIKSA_JSON = path.join(ROOT, 'rules/tidak-dapat-diperiksa.json');

/**
 * RULES.md lives in shared/ beside the project root (../shared/RULES.md). A git worktree sits deeper,
 * so the folders above are tried in turn; undefined when there is none (as on a CI clone).
 */
export function cariRulesMd(mulai: string = ROOT): string | undefined {
  for (let dir = path.dirname(mulai); ; dir = path.dirname(dir)) {
    const calon = path.join(dir, 'shared/RULES.md');
    if (existsSync(calon)) return calon;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * test/**\/*.test.ts and the shared specs they run (test/**\/*.contract.ts: one spec, every store backend),
 * relative to the root with forward slashes, sorted.
 */
export async function berkasTes(root: string = ROOT): Promise<string[]> {
  const semua = await readdir(path.join(root, 'test'), { recursive: true });
  return semua
    .filter((f) => f.endsWith('.test.ts') || f.endsWith('.contract.ts'))
    .map((f) => `test/${f.split(path.sep).join('/')}`)
    .sort();
}
