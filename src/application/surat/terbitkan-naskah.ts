import { createHash } from 'node:crypto';
import { describeViolations } from '../../domain/rule-violation.js';
import { NAMA_SURAT } from '../../domain/kasus.js';
import type { OrganisasiView } from '../../domain/organisasi.js';
import { unitOrganisasiDari } from '../../domain/roles.js';
import type { BahanNaskah } from '../../domain/surat/bahan-naskah.js';
import { formatSuratBawaan, gabungFormat, penomoranSurat } from '../../domain/surat/format-surat.js';
import type { NaskahDinas, Orang } from '../../domain/surat/naskah-dinas.js';
import { susunNaskahDinas } from '../../domain/surat/susun-naskah.js';
import type { KasusDeps, Letak } from '../kasus/langkah.js';
import { keputusanInstans } from '../kasus/instans.js';
import type { SuratBaru, SuratTercatat } from '../ports.js';
import { profileFor } from '../profiles.js';
import type { DokumenSurat, SuratDeps } from './ports.js';

export type TerbitkanDeps = KasusDeps & SuratDeps;

/**
 * Issues a letter as a naskah dinas (issue 12): assembles its content from the store (src/domain/surat), takes
 * the instansi's next number, stores letter and inbox copies in one transaction, then the PDF (once, with its
 * SHA-256) and the e-mails not yet sent. A redelivered task finds the letter by its activity instance and gets
 * the same number and the same document back. Content that misses what a rule requires takes no number.
 */
export async function terbitkanNaskah(
  deps: TerbitkanDeps,
  letak: Letak,
  surat: Omit<SuratBaru, 'penomoran'>,
  daftarNip: readonly string[],
): Promise<{ surat: SuratTercatat; dokumen: DokumenSurat }> {
  const ada = (await deps.kasus.surat(letak.kunciKasus)).find((s) => s.kunci === surat.kunci);
  const tercatat = ada ?? await terbitkanBaru(deps, letak, surat, daftarNip);
  const dokumen = await pastikanDokumen(deps, tercatat);
  await kirimSurel(deps, tercatat, dokumen);
  return { surat: tercatat, dokumen };
}

async function terbitkanBaru(deps: TerbitkanDeps, letak: Letak, surat: Omit<SuratBaru, 'penomoran'>, daftarNip: readonly string[]): Promise<SuratTercatat> {
  const tanggal = deps.hariIni();
  const permohonan = (surat.isi.permohonan ?? null) as Record<string, unknown> | null;
  const timId = typeof permohonan?.timKerjaId === 'number' ? permohonan.timKerjaId : undefined;
  const tim = timId ? await deps.timKerja.byId(timId) : undefined;
  const daftar = tim ? [...new Set([...(tim.ketuaNip ? [tim.ketuaNip] : []), ...daftarNip])] : daftarNip.length > 0 ? daftarNip : daftarBawaan(surat, permohonan);
  const keputusan = keputusanInstans(await deps.kasus.keputusan(letak.kunciKasus), letak);
  const unitPemilikId = typeof permohonan?.unitPemilikKinerjaId === 'string' ? permohonan.unitPemilikKinerjaId : null;
  const nips = [surat.penandatanganNip, ...surat.penerima, ...surat.tembusan.map((t) => t.nip), ...daftar, ...keputusan.map((k) => k.aktorNip)];
  const org = await deps.organisasi.viewAround({ pegawaiNip: [...new Set(nips)], unitId: unitPemilikId ? [unitPemilikId] : [] }, tanggal);
  const penandatangan = org.pegawai(surat.penandatanganNip);
  const instansi = penandatangan && org.instansi(penandatangan.instansiId);
  if (!penandatangan || !instansi) throw new Error(`Penandatangan ${surat.penandatanganNip} tidak ada di direktori; ${NAMA_SURAT[surat.jenis]} tidak diterbitkan.`);
  const unitOrganisasiId = unitOrganisasiDari(org, penandatangan.unitId, profileFor(org, instansi.id).unitOrganisasiJenis);
  const tersimpan = await deps.surat.format(instansi.id);
  const format = gabungFormat(formatSuratBawaan(instansi), tersimpan?.format);
  const orang = orangDari(org, instansi.id);
  const sebelumnya = (await deps.kasus.surat(letak.kunciKasus)).map((s) => ({
    jenis: s.jenis, nomor: s.nomor, tanggal: (s.isi.naskah as NaskahDinas | undefined)?.tanggal ?? s.diterbitkanPada, perihal: s.perihal,
  }));
  const bahan: BahanNaskah = {
    jenis: surat.jenis, perihal: surat.perihal, tanggal, format, instansiNama: instansi.nama,
    unitPenandatangan: org.unit(unitOrganisasiId)?.nama ?? null, penandatangan: orang(surat.penandatanganNip),
    penerima: surat.penerima.map(orang), tembusan: surat.tembusan.map((t) => ({ peran: t.peran, orang: orang(t.nip) })),
    permohonan, keputusan: keputusan.map((k) => ({ langkah: k.langkah, aktor: orang(k.aktorNip), keputusan: k.keputusan, alasan: k.alasan, waktu: k.waktu })),
    daftarPegawai: daftar.map(orang), unitPemilikNama: unitPemilikId ? org.unit(unitPemilikId)?.nama ?? null : null, suratSebelumnya: sebelumnya,
    tim: tim ? { nama: tim.nama, tahun: tim.tahun, mulai: tim.tanggalMulai, selesai: tim.tanggalSelesai, rincianTugas: tim.rincianTugas, tujuan: tim.tujuan, ketuaNip: tim.ketuaNip } : null,
  };
  const { naskah, report } = susunNaskahDinas(bahan);
  if (report.violations.length > 0) {
    throw new Error(`${NAMA_SURAT[surat.jenis]} kasus ${letak.kunciKasus} tidak lengkap, nomor tidak diambil:\n${describeViolations(report.violations)}`);
  }
  const penomoran = penomoranSurat(format, { instansiId: instansi.id, unitOrganisasiId, jenis: surat.jenis, tanggal });
  const { surat: hasil } = await deps.kasus.terbitkanSurat({ ...surat, isi: { ...surat.isi, naskah, klasifikasi: penomoran.nilai.klasifikasi }, penomoran });
  return hasil;
}

/** Who a letter assigns or lists when the step names no daftar: a surat penugasan's addressees, a request's pegawai. */
function daftarBawaan(surat: Omit<SuratBaru, 'penomoran'>, permohonan: Record<string, unknown> | null): readonly string[] {
  if (surat.jenis === 'SURAT_PENUGASAN' || surat.jenis === 'SURAT_TUGAS') return surat.penerima;
  return typeof permohonan?.pegawaiNip === 'string' ? [permohonan.pegawaiNip] : [];
}

function orangDari(org: OrganisasiView, instansiSendiri: string): (nip: string) => Orang {
  return (nip) => {
    const p = org.pegawai(nip);
    if (!p) return { nip, nama: nip, jabatan: 'Pegawai' };
    const lain = p.instansiId !== instansiSendiri ? org.instansi(p.instansiId)?.nama ?? null : null;
    return { nip, nama: p.nama, jabatan: p.jabatanNama, golongan: p.golongan ?? null, unit: org.unit(p.unitId)?.nama ?? null, instansi: lain };
  };
}

/** The letter's PDF, rendered from the content stored with it and kept once (R-SYS-04). */
export async function pastikanDokumen(deps: Pick<SuratDeps, 'surat' | 'pdf'>, surat: SuratTercatat): Promise<DokumenSurat> {
  const ada = await deps.surat.dokumen(surat.id);
  if (ada) return ada;
  const naskah = surat.isi.naskah as NaskahDinas | undefined;
  if (!naskah) throw new Error(`Surat ${surat.nomor} diterbitkan sebelum naskah dinas (issue 12); tidak ada PDF.`);
  const logo = surat.instansiId ? (await deps.surat.format(surat.instansiId))?.logo ?? null : null;
  const pdf = await deps.pdf(naskah, surat.nomor, logo, surat.diterbitkanPada);
  return deps.surat.simpanDokumen({ suratId: surat.id, pdf, sha256: createHash('sha256').update(pdf).digest('hex') });
}

/** E-mail to every addressee and tembusan with a known address, once per person (a redelivery sends only what is missing). */
async function kirimSurel(deps: TerbitkanDeps, surat: SuratTercatat, dokumen: DokumenSurat): Promise<void> {
  if (!deps.surel) return;
  const tujuan = [...new Set([...surat.penerima, ...surat.tembusan.map((t) => t.nip)])];
  const [alamat, sudah] = await Promise.all([deps.surat.email(tujuan), deps.surat.sudahDikirim(surat.id)]);
  for (const nip of tujuan.filter((n) => alamat[n] && !sudah.includes(n))) {
    const email = alamat[nip]!;
    const messageId = `<surat-${surat.id}-${nip}@sistem-kerja>`;
    const tembusan = !surat.penerima.includes(nip);
    await deps.surel({
      ke: email, messageId, subjek: `${NAMA_SURAT[surat.jenis]} ${surat.nomor}: ${surat.perihal}`,
      teks: `Yth. Bapak/Ibu,\n\nTerlampir ${NAMA_SURAT[surat.jenis]} Nomor ${surat.nomor} hal ${surat.perihal}${tembusan ? ' (tembusan)' : ''}.\n`
        + `Surat ini juga tersedia di kotak masuk Sistem Kerja. SHA-256 dokumen: ${dokumen.sha256}\n`,
      lampiran: { nama: `${NAMA_SURAT[surat.jenis]} ${surat.nomor.replace(/[/\\]/g, '-')}.pdf`, isi: dokumen.pdf },
    });
    await deps.surat.catatKiriman({ suratId: surat.id, nip, email, messageId });
  }
}
