import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * "The function a test cites has a production caller": for every test file that cites a rule ID, the functions it
 * imports from src/domain must be called somewhere in src/ or workers/ besides their own definition
 * (otherwise the test exercises a rule no flow runs). Returns one problem per function without a caller.
 */
export async function fungsiTanpaPemanggil(root: string, berkasMenyebutAturan: readonly string[]): Promise<string[]> {
  const produksi = new Map<string, string>();
  for (const dir of ['src', 'workers']) {
    for (const f of await readdir(path.join(root, dir), { recursive: true })) {
      if (f.endsWith('.ts')) produksi.set(`${dir}/${f.split(path.sep).join('/')}`, await readFile(path.join(root, dir, f), 'utf8'));
    }
  }
  const masalah: string[] = [];
  const sudah = new Set<string>();
  for (const file of berkasMenyebutAturan) {
    const teks = await readFile(path.join(root, file), 'utf8');
    for (const m of teks.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']*src\/domain\/[^']*)'/g)) {
      const modul = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[2] ?? '')).replace(/\.js$/, '.ts');
      for (const bagian of (m[1] ?? '').split(',')) {
        const nama = bagian.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]?.trim() ?? '';
        if (!/^[a-z]\w*$/.test(nama) || bagian.trim().startsWith('type ') || sudah.has(`${modul}#${nama}`)) continue;
        const definisi = produksi.get(modul);
        if (!definisi || !new RegExp(`export (async )?function ${nama}\\b`).test(definisi)) continue;
        sudah.add(`${modul}#${nama}`);
        // A call in another module, or in its own module besides the definition, is a production caller.
        const panggilan = (isi: string) => (isi.match(new RegExp(`\\b${nama}\\(`, 'g')) ?? []).length;
        const dipanggil = [...produksi].some(([f, isi]) => panggilan(isi) > (f === modul ? 1 : 0));
        if (!dipanggil) masalah.push(`${file}: fungsi ${nama} (${modul}) tidak dipanggil kode produksi (src/, workers/)`);
      }
    }
  }
  return masalah;
}
