import { z } from 'zod';
import { JABATAN_KATEGORI, JENIS_UNIT, type OrganisasiSnapshot } from '../../domain/organisasi.js';
import { nipProblem } from '../../domain/nip.js';
import { isIsoDate } from '../../domain/rules/periode-penugasan.js';

/** The file is read by the agency's staff: zod's own messages (wrong type, unknown key) in Bahasa Indonesia too. */
const indonesianErrors = z.locales.id().localeError;

const nip = z.string().superRefine((value, ctx) => {
  const problem = nipProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const tanggal = z.string().refine(isIsoDate, 'harus tanggal yang sah dengan format TTTT-BB-HH');
const teks = z.string().trim().min(1, 'wajib diisi');

/** An organisation file (JSON), as agencies or the demo provide it; parsed at the boundary. */
export const organisasiSchema = z.object({
  instansi: z.array(z.object({ id: teks, nama: teks }).strict()).min(1, 'paling sedikit satu instansi'),
  unit: z.array(z.object({
    id: teks, instansiId: teks, nama: teks, jenis: z.enum(JENIS_UNIT),
    indukId: teks.nullable().default(null), pimpinanNip: nip.nullable().default(null),
  }).strict()),
  pegawai: z.array(z.object({
    nip, nama: teks, instansiId: teks, unitOrganisasiId: teks, jabatanNama: teks,
    jabatanKategori: z.enum(JABATAN_KATEGORI), kompetensi: z.array(teks).default([]),
    pejabatPenilaiKinerjaNip: nip.nullable().default(null), kedudukanSejak: tanggal.nullable().default(null),
    aktif: z.boolean().default(true),
  }).strict()),
}).strict().superRefine((org, ctx) => {
  const instansi = new Set(org.instansi.map((i) => i.id));
  const unit = new Set(org.unit.map((u) => u.id));
  const unitInstansi = new Map(org.unit.map((u) => [u.id, u.instansiId]));
  const pegawai = new Set(org.pegawai.map((p) => p.nip));
  org.unit.forEach((u, i) => {
    if (!instansi.has(u.instansiId)) ctx.addIssue({ code: 'custom', path: ['unit', i, 'instansiId'], message: `instansi ${u.instansiId} tidak ada` });
    if (u.indukId && !unit.has(u.indukId)) ctx.addIssue({ code: 'custom', path: ['unit', i, 'indukId'], message: `unit induk ${u.indukId} tidak ada` });
    if (u.pimpinanNip && !pegawai.has(u.pimpinanNip)) ctx.addIssue({ code: 'custom', path: ['unit', i, 'pimpinanNip'], message: `pegawai ${u.pimpinanNip} tidak ada` });
  });
  const seen = new Set<string>();
  org.pegawai.forEach((p, i) => {
    if (seen.has(p.nip)) ctx.addIssue({ code: 'custom', path: ['pegawai', i, 'nip'], message: `NIP ${p.nip} ganda` });
    seen.add(p.nip);
    if (!unit.has(p.unitOrganisasiId)) ctx.addIssue({ code: 'custom', path: ['pegawai', i, 'unitOrganisasiId'], message: `unit ${p.unitOrganisasiId} tidak ada` });
    // R-NAT-03 compares the pegawai's instansi with the unit's: they must agree, or a penugasan in the
    // pegawai's own unit would count as lintas instansi.
    const instansiUnit = unitInstansi.get(p.unitOrganisasiId);
    if (!instansi.has(p.instansiId)) {
      ctx.addIssue({ code: 'custom', path: ['pegawai', i, 'instansiId'], message: `instansi ${p.instansiId} tidak ada` });
    } else if (instansiUnit !== undefined && instansi.has(instansiUnit) && instansiUnit !== p.instansiId) {
      ctx.addIssue({ code: 'custom', path: ['pegawai', i, 'instansiId'],
        message: `instansi ${p.instansiId} tidak sama dengan instansi unit ${p.unitOrganisasiId} (${instansiUnit})` });
    }
    if (p.pejabatPenilaiKinerjaNip && !pegawai.has(p.pejabatPenilaiKinerjaNip)) {
      ctx.addIssue({ code: 'custom', path: ['pegawai', i, 'pejabatPenilaiKinerjaNip'], message: `pegawai ${p.pejabatPenilaiKinerjaNip} tidak ada` });
    }
  });
});

export class OrganisasiFileError extends Error {
  constructor(readonly file: string, readonly problems: readonly string[]) {
    super(`Berkas organisasi ${file} tidak valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseOrganisasiJson(text: string, file: string): OrganisasiSnapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new OrganisasiFileError(file, [`bukan JSON yang sah: ${(e as Error).message}`]);
  }
  const parsed = organisasiSchema.safeParse(raw, { error: indonesianErrors });
  if (!parsed.success) {
    throw new OrganisasiFileError(file, parsed.error.issues.map((i) => `${i.path.join('.') || '(berkas)'}: ${i.message}`));
  }
  return parsed.data;
}
