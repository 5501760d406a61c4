import { createHash } from 'node:crypto';
import { z } from 'zod';

/** The rule types of RULES.md §0.2, combined as its index (§3.6) counts them. */
export const JENIS_ATURAN = ['HARD', 'SOFT', 'ROUTING', 'ROUTING+HARD', 'ROUTING+SOFT', 'SOFT+HARD'] as const;
export type JenisAturan = (typeof JENIS_ATURAN)[number];

export const aturanSchema = z.object({
  id: z.string().regex(/^R-[A-Z]{3}-\d{2}$/),
  title: z.string().min(1),
  /** Normalised for tables and counts, e.g. `ROUTING+HARD`. */
  type: z.enum(JENIS_ATURAN),
  /** The `- **Type:**` line as written, with its qualifiers. */
  typeText: z.string().min(1),
});
export type Aturan = z.infer<typeof aturanSchema>;

/** rules/katalog.json: a snapshot of the rule index, because RULES.md is not in the repository. */
export const katalogSchema = z.object({
  sumber: z.string(),
  sumberSha256: z.string(),
  aturan: z.array(aturanSchema),
});
export type Katalog = z.infer<typeof katalogSchema>;

const HEADING = /^#### (R-[A-Z]{3}-\d{2}) · (.+?)\s*$/;
const TYPE_LINE = /^- \*\*Type:\*\*\s*(.+?)\s*$/;

/**
 * `HARD (+ ROUTING: …)` counts as HARD and `SOFT (justification) + HARD (…)` as SOFT+HARD, as §3.6 does:
 * what stands in parentheses qualifies, it does not add a type.
 */
export function jenisDari(typeText: string): JenisAturan {
  let luar = typeText;
  for (let sebelum = ''; sebelum !== luar;) {
    sebelum = luar;
    luar = luar.replace(/\([^()]*\)/g, ' ');
  }
  const ada = (kata: string) => new RegExp(`\\b${kata}\\b`).test(luar);
  const [routing, hard, soft] = [ada('ROUTING'), ada('HARD'), ada('SOFT')];
  if (routing && hard) return 'ROUTING+HARD';
  if (routing && soft) return 'ROUTING+SOFT';
  if (soft && hard) return 'SOFT+HARD';
  if (routing) return 'ROUTING';
  if (soft) return 'SOFT';
  if (hard) return 'HARD';
  throw new Error(`jenis aturan tidak dikenali: '${typeText}'`);
}

/** Every `#### R-XXX-nn · Title` heading of RULES.md §3 with the `- **Type:**` line under it. */
export function parseKatalog(markdown: string, sumber: string): Katalog {
  const aturan: Aturan[] = [];
  let terbuka: { id: string; title: string } | undefined;
  for (const baris of markdown.split(/\r?\n/)) {
    const judul = HEADING.exec(baris);
    if (judul) {
      if (terbuka) throw new Error(`${terbuka.id}: tidak ada baris "- **Type:**" sebelum judul berikutnya`);
      terbuka = { id: judul[1]!, title: judul[2]! };
      continue;
    }
    const jenis = TYPE_LINE.exec(baris);
    if (jenis && terbuka) {
      aturan.push({ ...terbuka, type: jenisDari(jenis[1]!), typeText: jenis[1]! });
      terbuka = undefined;
    }
  }
  if (terbuka) throw new Error(`${terbuka.id}: tidak ada baris "- **Type:**"`);
  const ganda = aturan.map((a) => a.id).filter((id, i, ids) => ids.indexOf(id) !== i);
  if (ganda.length > 0) throw new Error(`ID ganda di katalog: ${ganda.join(', ')}`);
  return { sumber, sumberSha256: createHash('sha256').update(markdown).digest('hex'), aturan };
}

/**
 * Where the normalised type disagrees with the index by type (§3.6: `| HARD | R-NAT-01, … |`), one line each;
 * a disagreement means the heuristic in jenisDari or the catalogue needs a look.
 */
export function bedaDenganIndeks(markdown: string, katalog: Katalog): string[] {
  const menurutIndeks = new Map<string, string>();
  for (const baris of markdown.split(/\r?\n/)) {
    const sel = /^\| (HARD|SOFT|ROUTING|ROUTING\+HARD|ROUTING\+SOFT|SOFT\+HARD) \| (R-[A-Z]{3}-\d{2}.*?) \|\s*$/.exec(baris);
    if (!sel) continue;
    for (const id of sel[2]!.split(/,\s*/)) menurutIndeks.set(id.trim(), sel[1]!);
  }
  if (menurutIndeks.size === 0) return [];
  return katalog.aturan
    .filter((a) => menurutIndeks.get(a.id) !== a.type)
    .map((a) => `${a.id}: judulnya memberi ${a.type} ('${a.typeText}'), indeks §3.6 memberi ${menurutIndeks.get(a.id) ?? 'tidak ada'}`);
}
