import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Direktori, InstansiRecord, PegawaiRecord } from '../src/domain/direktori.js';
import { golonganRank } from '../src/domain/golongan.js';
import type { IsoDate, JenisUnit } from '../src/domain/organisasi.js';
import { addDays, DirektoriWriter, direktoriToJson, hariKerja, JF, randomDate, Rng, type RumpunJf } from './direktori-kit.js';

/**
 * A deterministic generator of large organisation directories for benchmarks and load tests: N pegawai across
 * M instansi, mixing the patterns of RULES.md §4 (Banten a–e, Meranti, Kemenperin Pola 1–6, national A–F),
 * with unique well-formed NIPs, dated kedudukan and some history (moves, retirements, Plt, a renewed keputusan
 * on kedudukan), delegations of the PPK authority and a Pejabat yang Berwenang per instansi.
 *
 * Every active JF and pelaksana has a current kedudukan and a PPK that R-NAT-41 (and R-KIN-27 under the KIN
 * profile) accepts, on every date from the start of that kedudukan.
 *
 *   generateDirektori({ pegawai: 10_000, instansi: 50, seed: 1 })
 *   npm run demo:generate -- --pegawai 10000 --instansi 50 --out data/generated.json
 */

export interface GenerateOptions {
  readonly pegawai: number;
  readonly instansi: number;
  readonly seed?: number;
}

export const DEFAULTS = { pegawai: 10_000, instansi: 50, seed: 1 } as const;
/** Smallest number of pegawai per instansi the patterns need (leaders plus a few staff). */
export const MIN_PEGAWAI_PER_INSTANSI = 40;

const TODAY: IsoDate = '2026-11-23';

type Tema = 'umum' | 'kominfo' | 'kesehatan' | 'pertanian' | 'pendidikan' | 'hukum' | 'keuangan' | 'industri' | 'perizinan' | 'kewilayahan';

const RUMPUN: Readonly<Record<Tema, readonly RumpunJf[]>> = {
  umum: [JF.analisKebijakan, JF.perencana, JF.arsiparis, JF.analisSdm, JF.pranataKomputer],
  kominfo: [JF.pranataKomputer, JF.statistisi, JF.pranataHumas, JF.sandiman, JF.manggalaInformatika],
  kesehatan: [JF.epidemiolog, JF.sanitasi, JF.nutrisionis, JF.promkes, JF.adminKesehatan, JF.apoteker, JF.perawat, JF.bidan],
  pertanian: [JF.penyuluhPertanian, JF.popt, JF.pengawasBenih],
  pendidikan: [JF.guru, JF.guru, JF.guru, JF.pustakawan],
  hukum: [JF.analisHukum, JF.perancangPeraturan, JF.analisKebijakan],
  keuangan: [JF.analisKeuangan, JF.perencana, JF.pengelolaPbj, JF.auditor],
  industri: [JF.pembinaIndustri, JF.pembinaIndustri, JF.pengujiMutu, JF.instruktur, JF.analisKeuanganApbn],
  perizinan: [JF.penataPerizinan, JF.analisKebijakan, JF.pranataKomputer],
  kewilayahan: [JF.psm, JF.analisKebijakan, JF.arsiparis],
};

interface DinasJenis {
  readonly nama: string;
  readonly tema: Tema;
  readonly bidang: readonly string[];
}

const DINAS: readonly DinasJenis[] = [
  { nama: 'Dinas Komunikasi dan Informatika', tema: 'kominfo', bidang: ['Aplikasi Informatika', 'Statistik', 'Persandian', 'Informasi dan Komunikasi Publik'] },
  { nama: 'Dinas Kesehatan', tema: 'kesehatan', bidang: ['Pencegahan dan Pengendalian Penyakit', 'Kesehatan Masyarakat', 'Pelayanan Kesehatan', 'Sumber Daya Kesehatan'] },
  { nama: 'Dinas Pertanian', tema: 'pertanian', bidang: ['Tanaman Pangan', 'Hortikultura', 'Prasarana dan Sarana Pertanian', 'Penyuluhan'] },
  { nama: 'Dinas Pendidikan', tema: 'pendidikan', bidang: ['Pembinaan SMA', 'Pembinaan SMK', 'Guru dan Tenaga Kependidikan', 'Kebudayaan'] },
  { nama: 'Badan Pengelolaan Keuangan dan Aset Daerah', tema: 'keuangan', bidang: ['Anggaran', 'Perbendaharaan', 'Akuntansi', 'Aset'] },
  { nama: 'Inspektorat', tema: 'keuangan', bidang: ['Inspektur Pembantu Wilayah I', 'Inspektur Pembantu Wilayah II', 'Inspektur Pembantu Wilayah III'] },
  { nama: 'Badan Perencanaan Pembangunan Daerah', tema: 'umum', bidang: ['Perencanaan Ekonomi', 'Perencanaan Sosial Budaya', 'Infrastruktur dan Kewilayahan', 'Penelitian dan Pengembangan'] },
  { nama: 'Badan Kepegawaian Daerah', tema: 'umum', bidang: ['Pengadaan dan Informasi Kepegawaian', 'Mutasi dan Promosi', 'Pengembangan Kompetensi'] },
  { nama: 'Dinas Perindustrian dan Perdagangan', tema: 'industri', bidang: ['Perindustrian', 'Perdagangan Dalam Negeri', 'Metrologi Legal'] },
  { nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', tema: 'perizinan', bidang: ['Pelayanan Perizinan', 'Pengendalian Penanaman Modal', 'Promosi Investasi'] },
];

const NAMA_PROVINSI = ['Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Riau', 'Jambi', 'Bengkulu', 'Lampung', 'Kepulauan Riau', 'Jawa Barat', 'Jawa Tengah',
  'Jawa Timur', 'Bali', 'Nusa Tenggara Barat', 'Kalimantan Barat', 'Kalimantan Timur', 'Sulawesi Selatan', 'Sulawesi Tengah', 'Maluku', 'Gorontalo', 'Papua Barat'];
const NAMA_KABUPATEN = ['Bengkalis', 'Siak', 'Pelalawan', 'Indragiri Hilir', 'Kampar', 'Rokan Hulu', 'Karimun', 'Natuna', 'Lingga', 'Bintan', 'Serang',
  'Pandeglang', 'Lebak', 'Tangerang', 'Garut', 'Cianjur', 'Banyumas', 'Kebumen', 'Sleman', 'Gowa'];
const NAMA_KOTA = ['Serang', 'Cilegon', 'Pekanbaru', 'Dumai', 'Batam', 'Tanjungpinang', 'Bogor', 'Depok', 'Bekasi', 'Semarang', 'Surakarta', 'Malang',
  'Denpasar', 'Mataram', 'Pontianak', 'Balikpapan', 'Makassar', 'Palu', 'Ambon', 'Manado'];
const NAMA_KEMENTERIAN = [['Kementerian Perindustrian', 'kemenperin'], ['Kementerian Perdagangan', 'kemendag'], ['Kementerian Pertanian', 'kementan'],
  ['Kementerian Kesehatan', 'kemenkes'], ['Kementerian Komunikasi dan Digital', 'komdigi'], ['Kementerian Koperasi', 'kemenkop'],
  ['Kementerian Perhubungan', 'kemenhub'], ['Kementerian Ketenagakerjaan', 'kemnaker'], ['Kementerian Pariwisata', 'kemenpar'], ['Kementerian Sosial', 'kemensos']] as const;
const NAMA_LEMBAGA = [['Badan Pusat Statistik', 'bps'], ['Badan Riset dan Inovasi Nasional', 'brin'], ['Badan Pengawas Obat dan Makanan', 'bpom'],
  ['Badan Siber dan Sandi Negara', 'bssn'], ['Badan Kepegawaian Negara', 'bkn'], ['Badan Meteorologi, Klimatologi, dan Geofisika', 'bmkg'],
  ['Badan Standardisasi Nasional', 'bsn'], ['Lembaga Administrasi Negara', 'lan'], ['Badan Informasi Geospasial', 'big'], ['Arsip Nasional Republik Indonesia', 'anri']] as const;

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Where JF and pelaksana may be placed, with the weight of the share they get and an explicit PPK if any. */
interface Slot {
  readonly unitId: string;
  readonly bobot: number;
  readonly tema: Tema;
  readonly ppk?: string;
  /** A JF-led unit (Puskesmas, Satuan Pendidikan): only the leader's own profession and pelaksana. */
  readonly rumpun?: readonly RumpunJf[];
}

interface Ctx {
  readonly w: DirektoriWriter;
  readonly rng: Rng;
  readonly instansi: InstansiRecord;
  /** The keputusan on kedudukan: every current placement starts on or after it. */
  readonly sk: IsoDate;
  readonly slots: Slot[];
  /** Leaders of units below the top of a PD that may get a Plt later (Administrator- or Pengawas-led). */
  readonly pltKandidat: { unitId: string; nip: string }[];
  /** Administrator/Pengawas-led units whose leader may delegate the PPK authority to a JF. */
  readonly delegasiKandidat: { unitId: string; nip: string }[];
  readonly dirujuk: Set<string>;
  /** When the leader of each unit took office (a leader never starts before the one above). */
  readonly mulaiKepala: Map<string, IsoDate>;
  seq: number;
}

export function generateDirektori(options: Partial<GenerateOptions> = {}): Direktori {
  const { pegawai, instansi, seed } = { ...DEFAULTS, ...options };
  if (!Number.isInteger(instansi) || instansi < 1) throw new Error('instansi must be a positive integer');
  if (!Number.isInteger(pegawai) || pegawai < instansi * MIN_PEGAWAI_PER_INSTANSI) {
    throw new Error(`pegawai must be at least ${MIN_PEGAWAI_PER_INSTANSI} per instansi (${instansi * MIN_PEGAWAI_PER_INSTANSI} for ${instansi})`);
  }
  const rng = new Rng(seed);
  const w = new DirektoriWriter(rng, TODAY);
  const ids = new Set<string>();
  for (let i = 0; i < instansi; i++) {
    const target = Math.floor(pegawai / instansi) + (i < pegawai % instansi ? 1 : 0);
    buatInstansi(w, rng, i, target, ids);
  }
  return w.build();
}

function buatInstansi(w: DirektoriWriter, rng: Rng, i: number, target: number, ids: Set<string>): void {
  const kind = i % 5;
  const ke = Math.floor(i / 5);
  /** Past the end of a list of names, names come round again with a number ("Riau 2"). */
  const nth = <T>(list: readonly T[]): [T, string] => [list[ke % list.length]!, ke >= list.length ? String(Math.floor(ke / list.length) + 1) : ''];
  const plus = (s: string, n: string, sep: string) => (n ? `${s}${sep}${n}` : s);
  let rec: InstansiRecord;
  if (kind === 0) {
    const [nama, n] = nth(NAMA_PROVINSI);
    rec = { id: `pemprov-${slug(plus(nama, n, ' '))}`, nama: `Pemerintah Provinsi ${plus(nama, n, ' ')}`, jenis: 'PROVINSI', profil: 'BTN' };
  } else if (kind === 1) {
    const [nama, n] = nth(NAMA_KABUPATEN);
    rec = { id: `pemkab-${slug(plus(nama, n, ' '))}`, nama: `Pemerintah Kabupaten ${plus(nama, n, ' ')}`, jenis: 'KABUPATEN', profil: 'MRT' };
  } else if (kind === 2) {
    const [[nama, id], n] = nth(NAMA_KEMENTERIAN);
    rec = { id: plus(id, n, '-'), nama: plus(nama, n, ' '), jenis: 'KEMENTERIAN', profil: 'KIN' };
  } else if (kind === 3) {
    const [nama, n] = nth(NAMA_KOTA);
    rec = { id: `pemkot-${slug(plus(nama, n, ' '))}`, nama: `Pemerintah Kota ${plus(nama, n, ' ')}`, jenis: 'KOTA', profil: 'NAT' };
  } else {
    const [[nama, id], n] = nth(NAMA_LEMBAGA);
    rec = { id: plus(id, n, '-'), nama: plus(nama, n, ' '), jenis: 'LEMBAGA', profil: 'NAT' };
  }
  if (ids.has(rec.id)) rec = { ...rec, id: `${rec.id}-${i + 1}` };
  ids.add(rec.id);
  w.addInstansi(rec);

  const ctx: Ctx = {
    w, rng, instansi: rec, sk: hariKerja(randomDate(rng, '2022-01-03', '2024-06-28')), slots: [], pltKandidat: [], delegasiKandidat: [], dirujuk: new Set(), mulaiKepala: new Map(), seq: 0,
  };
  const awal = w.pegawai.length;
  const jumlah = () => w.pegawai.length - awal;

  // The top unit (Setda / Setjen / Sestama) holds the Pejabat yang Berwenang.
  if (rec.profil === 'BTN') setdaBanten(ctx);
  else if (rec.profil === 'MRT') setdaMeranti(ctx);
  else if (rec.profil === 'KIN') setjenKementerian(ctx);
  else if (rec.jenis === 'KOTA') setdaNasional(ctx);
  else sestamaLembaga(ctx);

  // Perangkat daerah / eselon I units until leaders are about a fifth of the target.
  const temaUrut = rng.shuffle(DINAS);
  for (let n = 0; jumlah() < target * 0.2 && jumlah() < target - 10; n++) {
    const dinas = temaUrut[n % temaUrut.length]!;
    const nama = n < temaUrut.length ? dinas.nama : `${dinas.nama} ${Math.floor(n / temaUrut.length) + 1}`;
    if (rec.profil === 'BTN') rng.weighted([[() => dinasBanten(ctx, nama, dinas), 4], [() => badanBanten(ctx, nama, dinas), 1]] as const)();
    else if (rec.profil === 'MRT') {
      rng.weighted([
        [() => dinasMeranti2(ctx, nama, dinas), 4], [() => dinasMeranti3(ctx, nama, dinas), 1],
        [() => (n % 3 === 2 ? kecamatanMeranti(ctx) : dpmptspMeranti(ctx)), 1.5],
      ] as const)();
    } else if (rec.profil === 'KIN') eselonIKementerian(ctx, n);
    else unitNasional(ctx, nama, dinas);
  }

  const staf = buatStaf(ctx, target - jumlah());
  pindahan(ctx, staf);
  delegasi(ctx);
  plt(ctx);
}

// ------------------------------------------------------------------------------------------ helpers

function unitBaru(ctx: Ctx, nama: string, induk: string | null, opts: { jenis?: JenisUnit; pola?: string | null } = {}): string {
  ctx.seq++;
  return ctx.w.addUnit({
    id: `${ctx.instansi.id}-${String(ctx.seq).padStart(3, '0')}-${slug(nama).slice(0, 40).replace(/-$/, '')}`, instansiId: ctx.instansi.id, nama,
    jenis: opts.jenis ?? (induk ? 'UNIT_KERJA' : 'UNIT_ORGANISASI'), indukId: induk, pola: opts.pola ?? null,
  });
}

/** When a leader took office: some time before the keputusan on kedudukan, and not before the leader above them. */
function mulaiMenjabat(ctx: Ctx, unitId: string): IsoDate {
  const induk = ctx.w.unitRecord(unitId).indukId;
  const atasan = induk ? ctx.mulaiKepala.get(induk) : undefined;
  const dari = atasan && atasan > addDays(ctx.sk, -3 * 365) ? atasan : addDays(ctx.sk, -3 * 365);
  const mulai = hariKerja(randomDate(ctx.rng, dari, ctx.sk));
  ctx.mulaiKepala.set(unitId, mulai);
  return mulai;
}

function kepala(ctx: Ctx, unitId: string, kategori: 'PPT_MADYA' | 'PPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS', jabatanNama: string): PegawaiRecord {
  return ctx.w.kepala(unitId, { kategori, jabatanNama }, mulaiMenjabat(ctx, unitId));
}

function kepalaJf(ctx: Ctx, unitId: string, rumpun: RumpunJf, jabatan: string): PegawaiRecord {
  return ctx.w.kepala(unitId, { kategori: 'JF_KEAHLIAN', rumpun, jenjang: 'AHLI_MADYA', jabatanNama: `${rumpun.nama} Ahli Madya (${jabatan})` }, mulaiMenjabat(ctx, unitId));
}

const slot = (ctx: Ctx, unitId: string, bobot: number, tema: Tema, extra: { ppk?: string; rumpun?: readonly RumpunJf[] } = {}) =>
  ctx.slots.push({ unitId, bobot, tema, ...extra });

const subbagNama = ['Umum dan Kepegawaian', 'Perencanaan dan Keuangan', 'Program dan Pelaporan'];

// ------------------------------------------------------------------------------------------ Banten (BTN)

/** BTN_E: Sekda → Asisten → Kepala Biro → Kepala Bagian → Kepala Subbagian; JF at every level. */
function setdaBanten(ctx: Ctx): void {
  const setda = unitBaru(ctx, 'Sekretariat Daerah', null, { pola: 'BTN_E' });
  const sekda = kepala(ctx, setda, 'PPT_MADYA', 'Sekretaris Daerah');
  pejabatBerwenang(ctx, sekda);
  slot(ctx, setda, 0.5, 'umum');
  const asisten = ctx.rng.int(1, 2);
  for (let a = 1; a <= asisten; a++) {
    const nama = ['Asisten Pemerintahan dan Kesejahteraan Rakyat', 'Asisten Perekonomian dan Pembangunan', 'Asisten Administrasi Umum'][a - 1]!;
    const as = unitBaru(ctx, nama, setda);
    kepala(ctx, as, 'PPT_PRATAMA', nama);
    slot(ctx, as, 0.5, 'umum');
    for (let b = 1; b <= ctx.rng.int(1, 2); b++) {
      const biroNama = ctx.rng.pick(['Biro Hukum', 'Biro Organisasi', 'Biro Pemerintahan', 'Biro Perekonomian', 'Biro Umum', 'Biro Kesejahteraan Rakyat']);
      const biro = unitBaru(ctx, biroNama, as);
      kepala(ctx, biro, 'PPT_PRATAMA', `Kepala ${biroNama}`);
      slot(ctx, biro, 1, biroNama === 'Biro Hukum' ? 'hukum' : 'umum');
      for (let c = 1; c <= ctx.rng.int(1, 2); c++) {
        const bagian = unitBaru(ctx, `Bagian ${c === 1 ? 'Perencanaan' : 'Pelaksanaan'} ${biroNama.slice(5)}`, biro);
        const kabag = kepala(ctx, bagian, 'ADMINISTRATOR', `Kepala ${ctx.w.unitRecord(bagian).nama}`);
        slot(ctx, bagian, 2, biroNama === 'Biro Hukum' ? 'hukum' : 'umum');
        ctx.pltKandidat.push({ unitId: bagian, nip: kabag.nip });
        if (ctx.rng.chance(0.6)) {
          const sub = unitBaru(ctx, `Subbagian ${ctx.rng.pick(subbagNama)}`, bagian);
          const kasubbag = kepala(ctx, sub, 'PENGAWAS', `Kepala ${ctx.w.unitRecord(sub).nama}`);
          slot(ctx, sub, 1.5, 'umum');
          ctx.delegasiKandidat.push({ unitId: sub, nip: kasubbag.nip });
        }
      }
    }
  }
}

/** BTN_A: a Dinas led by a PPT Pratama: JF under the Kadis (a.1), named to a Kabid (a.2), in Bidang and Seksi (a.2, a.3); UPTD (BTN_C) and Satuan Pendidikan (BTN_D). */
function dinasBanten(ctx: Ctx, nama: string, dinas: DinasJenis): void {
  const { rng } = ctx;
  const d = unitBaru(ctx, nama, null, { pola: 'BTN_A' });
  kepala(ctx, d, 'PPT_PRATAMA', `Kepala ${nama}`);
  slot(ctx, d, 1, dinas.tema);
  sekretariat(ctx, d, nama, dinas.tema, true);
  const kabid: string[] = [];
  for (const b of rng.shuffle(dinas.bidang).slice(0, rng.int(2, 3))) {
    const bidang = unitBaru(ctx, `Bidang ${b}`, d);
    const k = kepala(ctx, bidang, 'ADMINISTRATOR', `Kepala Bidang ${b}`);
    kabid.push(k.nip);
    slot(ctx, bidang, 3, dinas.tema);
    ctx.delegasiKandidat.push({ unitId: bidang, nip: k.nip });
    if (rng.chance(0.4)) {
      const seksi = unitBaru(ctx, `Seksi ${b}`, bidang);
      const kasi = kepala(ctx, seksi, 'PENGAWAS', `Kepala Seksi ${b}`);
      slot(ctx, seksi, 1.5, dinas.tema);
      ctx.pltKandidat.push({ unitId: seksi, nip: kasi.nip });
    }
  }
  // a.2: JF who sit in the Dinas with a Kabid named as their PPK.
  const ppk = rng.pick(kabid);
  ctx.dirujuk.add(ppk);
  slot(ctx, d, 0.7, dinas.tema, { ppk });
  if (dinas.tema === 'pendidikan') {
    for (let s = 1; s <= rng.int(1, 2); s++) {
      const sekolah = unitBaru(ctx, `SMA Negeri ${rng.int(1, 12)} ${['Kota', 'Kabupaten'][s % 2]}`, d, { jenis: 'UNIT_KERJA_MANDIRI', pola: 'BTN_D' });
      kepalaJf(ctx, sekolah, JF.guru, 'Kepala Sekolah');
      slot(ctx, sekolah, 4, 'pendidikan', { rumpun: [JF.guru, JF.guru, JF.guru, JF.pustakawan] });
    }
  } else if (rng.chance(0.6)) {
    const uptd = unitBaru(ctx, `UPTD ${dinas.bidang[0]}`, d, { jenis: 'UNIT_KERJA_MANDIRI', pola: 'BTN_C' });
    kepala(ctx, uptd, 'PENGAWAS', `Kepala UPTD ${dinas.bidang[0]}`);
    slot(ctx, uptd, 2, dinas.tema);
  }
}

/** BTN_B: a Badan led by an Administrator, with one Pengawas. */
function badanBanten(ctx: Ctx, nama: string, dinas: DinasJenis): void {
  const b = unitBaru(ctx, `Kantor ${nama.replace(/^(Dinas|Badan) /, '')}`, null, { pola: 'BTN_B' });
  kepala(ctx, b, 'ADMINISTRATOR', `Kepala ${ctx.w.unitRecord(b).nama}`);
  slot(ctx, b, 3, dinas.tema);
  const sub = unitBaru(ctx, 'Subbagian Umum', b);
  const kasubbag = kepala(ctx, sub, 'PENGAWAS', 'Kepala Subbagian Umum');
  slot(ctx, sub, 1, 'umum');
  ctx.pltKandidat.push({ unitId: sub, nip: kasubbag.nip });
}

/** A Sekretariat (Administrator) with Subbagian (Pengawas); in Meranti the Kasubbag only coordinates (no staff placed there). */
function sekretariat(ctx: Ctx, induk: string, namaInduk: string, tema: Tema, stafDiSubbag: boolean): void {
  const s = unitBaru(ctx, 'Sekretariat', induk);
  kepala(ctx, s, 'ADMINISTRATOR', `Sekretaris ${namaInduk}`);
  slot(ctx, s, 1.5, tema === 'pendidikan' ? 'umum' : 'umum');
  for (const n of ctx.rng.shuffle(subbagNama).slice(0, ctx.rng.int(1, 2))) {
    const sub = unitBaru(ctx, `Subbagian ${n}`, s);
    const k = kepala(ctx, sub, 'PENGAWAS', `Kepala Subbagian ${n}`);
    if (stafDiSubbag) {
      slot(ctx, sub, 1, 'umum');
      ctx.pltKandidat.push({ unitId: sub, nip: k.nip });
    }
  }
}

// ------------------------------------------------------------------------------------------ Meranti (MRT)

/** MRT_3LEVEL Setda: Sekda → Asisten → Kabag (PPK of the JF group) → Kasubbag (coordinator only). */
function setdaMeranti(ctx: Ctx): void {
  const setda = unitBaru(ctx, 'Sekretariat Daerah', null, { pola: 'MRT_3LEVEL' });
  pejabatBerwenang(ctx, kepala(ctx, setda, 'PPT_PRATAMA', 'Sekretaris Daerah'));
  for (let a = 1; a <= ctx.rng.int(2, 3); a++) {
    const nama = ['Asisten Pemerintahan dan Kesejahteraan Rakyat', 'Asisten Perekonomian dan Pembangunan', 'Asisten Administrasi Umum'][a - 1]!;
    const as = unitBaru(ctx, nama, setda);
    kepala(ctx, as, 'PPT_PRATAMA', nama);
    for (let b = 1; b <= ctx.rng.int(1, 2); b++) {
      const bagNama = ctx.rng.pick(['Hukum', 'Tata Pemerintahan', 'Organisasi', 'Perekonomian', 'Pengadaan Barang dan Jasa', 'Kesejahteraan Rakyat', 'Umum']);
      const bagian = unitBaru(ctx, `Bagian ${bagNama}`, as);
      const kabag = kepala(ctx, bagian, 'ADMINISTRATOR', `Kepala Bagian ${bagNama}`);
      slot(ctx, bagian, 3, bagNama === 'Hukum' ? 'hukum' : 'umum');
      ctx.pltKandidat.push({ unitId: bagian, nip: kabag.nip });
      if (ctx.rng.chance(0.7)) {
        const sub = unitBaru(ctx, `Subbagian ${bagNama}`, bagian);
        kepala(ctx, sub, 'PENGAWAS', `Kepala Subbagian ${bagNama}`);
      }
    }
  }
}

/** MRT_2LEVEL: Kadis; Sekretaris and Kabid (Level II) are the PPK; optional UPT (MRT_UPT_PENGAWAS) and Puskesmas (MRT_PUSKESMAS). */
function dinasMeranti2(ctx: Ctx, nama: string, dinas: DinasJenis): void {
  const { rng } = ctx;
  const d = unitBaru(ctx, nama, null, { pola: 'MRT_2LEVEL' });
  kepala(ctx, d, 'PPT_PRATAMA', `Kepala ${nama}`);
  sekretariat(ctx, d, nama, dinas.tema, false);
  for (const b of rng.shuffle(dinas.bidang).slice(0, rng.int(2, 3))) {
    const bidang = unitBaru(ctx, `Bidang ${b}`, d);
    const k = kepala(ctx, bidang, 'ADMINISTRATOR', `Kepala Bidang ${b}`);
    slot(ctx, bidang, 3, dinas.tema);
    ctx.pltKandidat.push({ unitId: bidang, nip: k.nip });
  }
  if (dinas.tema === 'kesehatan') {
    for (let p = 1; p <= rng.int(1, 3); p++) {
      const pkm = unitBaru(ctx, `UPT Puskesmas ${rng.pick(['Kota', 'Pulau', 'Utara', 'Selatan', 'Timur', 'Barat'])} ${p}`, d, { jenis: 'UPT', pola: 'MRT_PUSKESMAS' });
      kepalaJf(ctx, pkm, JF.dokter, 'Kepala Puskesmas');
      slot(ctx, pkm, 5, 'kesehatan', { rumpun: [JF.dokter, JF.perawat, JF.perawat, JF.bidan, JF.bidan, JF.pranataLab, JF.perekamMedis, JF.nutrisionis, JF.sanitasi] });
    }
  }
  if (rng.chance(0.6)) {
    const upt = unitBaru(ctx, `UPT ${dinas.bidang[dinas.bidang.length - 1]}`, d, { jenis: 'UPT', pola: 'MRT_UPT_PENGAWAS' });
    kepala(ctx, upt, 'PENGAWAS', `Kepala ${ctx.w.unitRecord(upt).nama}`);
    if (rng.chance(0.8)) kepala(ctx, unitBaru(ctx, 'Subbagian Tata Usaha', upt), 'PENGAWAS', 'Kepala Subbagian Tata Usaha');
    slot(ctx, upt, 2, dinas.tema);
  }
}

/** MRT_3LEVEL outside the Setda (BPKAD, Disdikbud): Kabid and Sekretaris are the PPK; Kasubbid coordinate. */
function dinasMeranti3(ctx: Ctx, nama: string, dinas: DinasJenis): void {
  const d = unitBaru(ctx, nama, null, { pola: 'MRT_3LEVEL' });
  kepala(ctx, d, 'PPT_PRATAMA', `Kepala ${nama}`);
  sekretariat(ctx, d, nama, dinas.tema, false);
  for (const b of ctx.rng.shuffle(dinas.bidang).slice(0, ctx.rng.int(2, 3))) {
    const bidang = unitBaru(ctx, `Bidang ${b}`, d);
    const k = kepala(ctx, bidang, 'ADMINISTRATOR', `Kepala Bidang ${b}`);
    slot(ctx, bidang, 3, dinas.tema);
    ctx.pltKandidat.push({ unitId: bidang, nip: k.nip });
    kepala(ctx, unitBaru(ctx, `Subbidang ${b}`, bidang), 'PENGAWAS', `Kepala Subbidang ${b}`);
  }
}

/** MRT_1LEVEL_DPMPTSP: the Kepala Dinas is the PPK of everyone. */
function dpmptspMeranti(ctx: Ctx): void {
  const nama = ctx.w.unit.some((u) => u.instansiId === ctx.instansi.id && u.pola === 'MRT_1LEVEL_DPMPTSP')
    ? `Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu ${ctx.seq}` : 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu';
  const d = unitBaru(ctx, nama, null, { pola: 'MRT_1LEVEL_DPMPTSP' });
  kepala(ctx, d, 'PPT_PRATAMA', `Kepala ${nama}`);
  slot(ctx, d, 4, 'perizinan');
}

/** MRT_KECAMATAN with MRT_KELURAHAN: Camat (PPK of the JF group and the Kasi), Sekcam (PPK in the Sekretariat), Lurah. */
function kecamatanMeranti(ctx: Ctx): void {
  const nama = `Kecamatan ${ctx.rng.pick(['Tebingtinggi', 'Rangsang', 'Merbau', 'Pulau Merbau', 'Tasik Putri Puyu', 'Putri Puyu', 'Rangsang Pesisir', 'Tebingtinggi Barat'])} ${ctx.seq}`;
  const kec = unitBaru(ctx, nama, null, { pola: 'MRT_KECAMATAN' });
  kepala(ctx, kec, 'ADMINISTRATOR', `Camat ${nama.slice(10)}`);
  slot(ctx, kec, 2, 'kewilayahan');
  const sek = unitBaru(ctx, 'Sekretariat Kecamatan', kec);
  kepala(ctx, sek, 'ADMINISTRATOR', `Sekretaris ${nama}`);
  slot(ctx, sek, 1, 'umum');
  kepala(ctx, unitBaru(ctx, 'Subbagian Umum dan Kepegawaian', sek), 'PENGAWAS', 'Kepala Subbagian Umum dan Kepegawaian');
  for (const s of ['Pemerintahan', 'Pemberdayaan Masyarakat Desa']) kepala(ctx, unitBaru(ctx, `Seksi ${s}`, kec), 'PENGAWAS', `Kepala Seksi ${s}`);
  for (let k = 1; k <= ctx.rng.int(1, 2); k++) {
    const kel = unitBaru(ctx, `Kelurahan ${nama.slice(10)} ${['Kota', 'Barat', 'Timur'][k - 1]}`, kec, { pola: 'MRT_KELURAHAN' });
    const lurah = kepala(ctx, kel, 'PENGAWAS', `Lurah ${ctx.w.unitRecord(kel).nama.slice(10)}`);
    slot(ctx, kel, 1.5, 'kewilayahan');
    ctx.pltKandidat.push({ unitId: kel, nip: lurah.nip });
  }
}

// ------------------------------------------------------------------------------------------ Kementerian (KIN)

function setjenKementerian(ctx: Ctx): void {
  const setjen = unitBaru(ctx, 'Sekretariat Jenderal', null);
  pejabatBerwenang(ctx, kepala(ctx, setjen, 'PPT_MADYA', 'Sekretaris Jenderal'));
  kinPola(ctx, setjen, 4, 'Biro Organisasi dan Sumber Daya Manusia', 'Kepala Biro Organisasi dan Sumber Daya Manusia', 'umum');
}

/** An Eselon I unit (PPT Madya) with units following Pola 1–5 and an UPT following Pola 6 (or 5, a Balai Besar). */
function eselonIKementerian(ctx: Ctx, n: number): void {
  const { rng } = ctx;
  const nama = `Direktorat Jenderal ${['Industri Agro', 'Industri Kimia, Farmasi, dan Tekstil', 'Industri Logam, Mesin, Alat Transportasi, dan Elektronika', 'Industri Kecil, Menengah, dan Aneka', 'Ketahanan dan Pengembangan Akses Industri'][n % 5]}${n >= 5 ? ` ${Math.floor(n / 5) + 1}` : ''}`;
  const es1 = unitBaru(ctx, nama, null);
  kepala(ctx, es1, 'PPT_MADYA', `Direktur Jenderal ${nama.slice(21)}`);
  slot(ctx, es1, 0.3, 'industri', { rumpun: [JF.pembinaIndustri, JF.analisKebijakan] });
  kinPola(ctx, es1, 3, `Sekretariat ${nama}`, `Sekretaris ${nama}`, 'umum');
  const polas = rng.shuffle([1, 2, 4, 5, 1, 2]).slice(0, rng.int(2, 4));
  polas.forEach((p, k) => {
    const dit = `Direktorat ${['Industri Hulu', 'Industri Hilir', 'Industri Pangan', 'Industri Tekstil', 'Industri Permesinan', 'Industri Elektronika'][(k + n) % 6]} ${k + 1}`;
    kinPola(ctx, es1, p, dit, `Direktur ${dit.slice(12)}`, 'industri');
  });
  if (rng.chance(0.7)) {
    const upt = unitBaru(ctx, `Balai ${rng.pick(['Pemberdayaan Industri', 'Standardisasi dan Pelayanan Jasa Industri', 'Diklat Industri'])} ${n + 1}`, es1, { jenis: 'UPT', pola: 'KIN_POLA_6' });
    kepala(ctx, upt, 'ADMINISTRATOR', `Kepala ${ctx.w.unitRecord(upt).nama}`);
    slot(ctx, upt, 3, 'industri');
    const tu = unitBaru(ctx, 'Subbagian Tata Usaha', upt);
    kepala(ctx, tu, 'PENGAWAS', 'Kepala Subbagian Tata Usaha');
    slot(ctx, tu, 1, 'umum');
  }
}

/** RULES.md §4.4 Pola 1–5 below a PPT Pratama; staff may sit with every official. */
function kinPola(ctx: Ctx, induk: string, pola: number, nama: string, jabatan: string, tema: Tema): void {
  const u = unitBaru(ctx, nama, induk, { jenis: 'UNIT_ORGANISASI', pola: `KIN_POLA_${pola}` });
  kepala(ctx, u, 'PPT_PRATAMA', jabatan);
  slot(ctx, u, 2, tema);
  const admin = (n: string) => {
    const a = unitBaru(ctx, n, u);
    kepala(ctx, a, 'ADMINISTRATOR', `Kepala ${n}`);
    slot(ctx, a, 2, tema);
    return a;
  };
  const pengawas = (n: string, i: string) => {
    const p = unitBaru(ctx, n, i);
    kepala(ctx, p, 'PENGAWAS', `Kepala ${n}`);
    slot(ctx, p, 1, 'umum');
  };
  if (pola === 1) pengawas('Subbagian Tata Usaha', admin('Subdirektorat Program dan Evaluasi'));
  else if (pola === 2) pengawas('Subbagian Tata Usaha', u);
  else if (pola === 3) {
    const [a, b] = [admin('Bagian Program dan Evaluasi'), admin('Bagian Keuangan dan Umum')];
    admin('Bagian Hukum dan Kerja Sama');
    pengawas('Subbagian Program', a);
    pengawas('Subbagian Evaluasi dan Pelaporan', a);
    pengawas('Subbagian Keuangan', b);
    pengawas('Subbagian Umum', b);
    pengawas('Subbagian Kepegawaian', b);
  } else if (pola === 4) {
    admin('Bagian Perencanaan');
    admin('Bagian Pelaksanaan');
  } else admin('Subdirektorat Program dan Evaluasi');
}

// ------------------------------------------------------------------------------------------ Nasional (NAT)

function setdaNasional(ctx: Ctx): void {
  const setda = unitBaru(ctx, 'Sekretariat Daerah', null, { pola: 'NAT_F' });
  pejabatBerwenang(ctx, kepala(ctx, setda, 'PPT_PRATAMA', 'Sekretaris Daerah'));
  for (let a = 1; a <= 2; a++) {
    const as = unitBaru(ctx, ['Asisten Pemerintahan', 'Asisten Administrasi Umum'][a - 1]!, setda);
    kepala(ctx, as, 'PPT_PRATAMA', ctx.w.unitRecord(as).nama);
    const bag = unitBaru(ctx, `Bagian ${['Hukum', 'Organisasi'][a - 1]}`, as);
    const kabag = kepala(ctx, bag, 'ADMINISTRATOR', `Kepala ${ctx.w.unitRecord(bag).nama}`);
    slot(ctx, bag, 2, a === 1 ? 'hukum' : 'umum');
    ctx.delegasiKandidat.push({ unitId: bag, nip: kabag.nip });
    const sub = unitBaru(ctx, `Subbagian ${['Perundang-undangan', 'Kelembagaan'][a - 1]}`, bag);
    kepala(ctx, sub, 'PENGAWAS', `Kepala ${ctx.w.unitRecord(sub).nama}`);
    slot(ctx, sub, 1, 'umum');
  }
}

function sestamaLembaga(ctx: Ctx): void {
  const s = unitBaru(ctx, 'Sekretariat Utama', null, { pola: 'NAT_A' });
  pejabatBerwenang(ctx, kepala(ctx, s, 'PPT_MADYA', 'Sekretaris Utama'));
  slot(ctx, s, 1, 'umum');
  for (const b of ['Biro Perencanaan dan Keuangan', 'Biro Sumber Daya Manusia']) {
    const biro = unitBaru(ctx, b, s, { pola: 'NAT_B' });
    kepala(ctx, biro, 'PPT_PRATAMA', `Kepala ${b}`);
    slot(ctx, biro, 2, b.includes('Keuangan') ? 'keuangan' : 'umum');
    const bag = unitBaru(ctx, 'Bagian Umum', biro);
    const kabag = kepala(ctx, bag, 'ADMINISTRATOR', 'Kepala Bagian Umum');
    slot(ctx, bag, 2, 'umum');
    ctx.delegasiKandidat.push({ unitId: bag, nip: kabag.nip });
  }
}

/** NAT_B (PPT Pratama), NAT_C (Administrator), NAT_D (Pengawas) and NAT_E (JF-led) units. */
function unitNasional(ctx: Ctx, nama: string, dinas: DinasJenis): void {
  const { rng } = ctx;
  const d = unitBaru(ctx, nama, null, { pola: 'NAT_B' });
  kepala(ctx, d, 'PPT_PRATAMA', `Kepala ${nama}`);
  slot(ctx, d, 1, dinas.tema);
  for (const b of rng.shuffle(dinas.bidang).slice(0, 2)) {
    const bidang = unitBaru(ctx, `Bidang ${b}`, d);
    const k = kepala(ctx, bidang, 'ADMINISTRATOR', `Kepala Bidang ${b}`);
    slot(ctx, bidang, 3, dinas.tema);
    ctx.delegasiKandidat.push({ unitId: bidang, nip: k.nip });
  }
  const c = unitBaru(ctx, `Kantor ${dinas.bidang[0]}`, d, { jenis: 'UPT', pola: 'NAT_C' });
  kepala(ctx, c, 'ADMINISTRATOR', `Kepala ${ctx.w.unitRecord(c).nama}`);
  slot(ctx, c, 2, dinas.tema);
  const dd = unitBaru(ctx, `UPT ${dinas.bidang[1] ?? dinas.bidang[0]}`, d, { jenis: 'UPT', pola: 'NAT_D' });
  const kupt = kepala(ctx, dd, 'PENGAWAS', `Kepala ${ctx.w.unitRecord(dd).nama}`);
  slot(ctx, dd, 1.5, dinas.tema);
  ctx.pltKandidat.push({ unitId: dd, nip: kupt.nip });
  if (rng.chance(0.5)) {
    const rumpun = rng.pick(RUMPUN[dinas.tema]);
    const e = unitBaru(ctx, `Unit Layanan ${rumpun.nama}`, d, { jenis: 'UNIT_KERJA_MANDIRI', pola: 'NAT_E' });
    kepalaJf(ctx, e, rumpun, `Kepala ${ctx.w.unitRecord(e).nama}`);
    slot(ctx, e, 1.5, dinas.tema, { rumpun: [rumpun] });
  }
}

// ------------------------------------------------------------------------------------------ people and history

function pejabatBerwenang(ctx: Ctx, p: PegawaiRecord): void {
  const mulai = ctx.w.kedudukan.find((k) => k.nip === p.nip)?.mulai ?? ctx.sk;
  // History: a predecessor (now retired) held the post before.
  if (ctx.rng.chance(0.4)) {
    const lama = ctx.w.orang({ instansiId: ctx.instansi.id, kategori: p.jabatanKategori, jabatanNama: p.jabatanNama, aktif: false, tmtPalingLambat: '1995-12-31' });
    ctx.w.addPejabatBerwenang(ctx.instansi.id, lama.nip, addDays(mulai, -4 * 365), addDays(mulai, -1));
  }
  ctx.w.addPejabatBerwenang(ctx.instansi.id, p.nip, mulai);
}

/** Spreads `n` JF and pelaksana over the slots by weight (largest remainder). */
function buatStaf(ctx: Ctx, n: number): PegawaiRecord[] {
  const { rng, w, slots } = ctx;
  if (n <= 0) return [];
  const total = slots.reduce((s, x) => s + x.bobot, 0);
  const exact = slots.map((s) => (n * s.bobot) / total);
  const counts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = n - counts.reduce((a, b) => a + b, 0); k < left; k++) counts[order[k % order.length]![1]]!++;
  const pemda = ctx.instansi.profil !== 'KIN' && ctx.instansi.jenis !== 'LEMBAGA';
  const out: PegawaiRecord[] = [];
  slots.forEach((s, i) => {
    for (let k = 0; k < counts[i]!; k++) {
      const pelaksana = rng.chance(s.rumpun ? 0.12 : 0.3);
      if (pelaksana) {
        out.push(w.anggota(s.unitId, { kategori: 'PELAKSANA' }, ctx.sk, s.ppk));
        continue;
      }
      const r = rng.pick(s.rumpun ?? RUMPUN[s.tema]);
      const terampil = r.keterampilan && (!r.keahlian || rng.chance(0.3));
      out.push(w.anggota(s.unitId, {
        kategori: terampil ? 'JF_KETERAMPILAN' : 'JF_KEAHLIAN', rumpun: r, statusKepegawaian: pemda && rng.chance(0.1) ? 'PPPK' : 'PNS',
      }, ctx.sk, s.ppk));
    }
  });
  return out;
}

/** About 8% of the staff moved once to another place in the same instansi (R-KIN-27 kept: only to a PPK of equal or higher golongan). */
function pindahan(ctx: Ctx, staf: readonly PegawaiRecord[]): void {
  const { rng, w } = ctx;
  const tujuanBiasa = ctx.slots.filter((s) => !s.rumpun);
  for (const p of staf) {
    if (!rng.chance(0.08) || tujuanBiasa.length < 2) continue;
    const tujuan = rng.pick(tujuanBiasa);
    const dari = w.kedudukan.find((k) => k.nip === p.nip && k.selesai === null);
    if (!dari || dari.unitId === tujuan.unitId) continue;
    const tanggal = hariKerja(randomDate(rng, addDays(dari.mulai, 120), '2026-10-30'));
    if (!w.bisaPindah(p.nip, tanggal) || tanggal > '2026-10-30') continue;
    if (ctx.instansi.profil === 'KIN') {
      const ppk = tujuan.ppk ?? w.atasanDi(tujuan.unitId);
      const r = golonganRank(ppk ? w.pegawaiRecord(ppk).golongan : null);
      const rp = golonganRank(p.golongan);
      if (r === undefined || (rp !== undefined && rp > r)) continue;
    }
    w.pindah(p.nip, tujuan.unitId, tanggal, tujuan.ppk);
  }
}

/** R-BTN-16 / R-NAT-41: some leaders delegate the PPK authority to a senior JF keahlian of their unit (not under the KIN profile). */
function delegasi(ctx: Ctx): void {
  const { rng, w } = ctx;
  if (ctx.instansi.profil === 'KIN' || ctx.instansi.profil === 'MRT') return;
  for (const { unitId, nip } of ctx.delegasiKandidat) {
    if (!rng.chance(0.35)) continue;
    const anggota = w.kedudukan.filter((k) => k.unitId === unitId && k.selesai === null && k.nip !== nip);
    const jf = anggota.map((k) => w.pegawaiRecord(k.nip))
      .filter((p) => p.jabatanKategori === 'JF_KEAHLIAN' && (p.jenjang === 'AHLI_MADYA' || p.jenjang === 'AHLI_MUDA') && p.statusKepegawaian === 'PNS');
    if (anggota.length < 3 || jf.length === 0) continue;
    const penerima = rng.pick(jf);
    const mulai = hariKerja(randomDate(rng, addDays(ctx.sk, 90), '2026-06-30'));
    const nomor = `${rng.int(1, 999)}`.padStart(3, '0');
    w.addDelegasi(nip, penerima.nip, mulai, `Keputusan ${w.pegawaiRecord(nip).jabatanNama} Nomor 800/${nomor}/${mulai.slice(0, 4)} tentang Pendelegasian Kewenangan Penilaian Kinerja`);
    ctx.dirujuk.add(nip);
    ctx.dirujuk.add(penerima.nip);
  }
}

/**
 * About one in twelve leaders below the top retires; the leader above becomes Plt (or Plh) and a new keputusan
 * on kedudukan names the unit again from that day, so every current placement resolves to an active PPK.
 */
function plt(ctx: Ctx): void {
  const { rng, w } = ctx;
  for (const { unitId, nip } of ctx.pltKandidat) {
    if (!rng.chance(0.08) || ctx.dirujuk.has(nip)) continue;
    const induk = w.unitRecord(unitId).indukId;
    const pengganti = induk ? w.atasanDi(induk) : undefined;
    if (!pengganti) continue;
    const akhir = randomDate(rng, addDays(ctx.sk, 180), '2026-09-30');
    const mulai = hariKerja(addDays(akhir, 1));
    w.berhenti(nip, addDays(mulai, -1));
    w.addPimpinan(unitId, pengganti, mulai, { status: rng.chance(0.85) ? 'PLT' : 'PLH' });
    w.kedudukanBaru(unitId, mulai);
  }
}

// ------------------------------------------------------------------------------------------ CLI

function main(argv: readonly string[]): void {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      pegawai: { type: 'string', default: String(DEFAULTS.pegawai) },
      instansi: { type: 'string', default: String(DEFAULTS.instansi) },
      seed: { type: 'string', default: String(DEFAULTS.seed) },
      out: { type: 'string', default: 'data/generated.json' },
    },
  });
  const started = process.hrtime.bigint();
  const d = generateDirektori({ pegawai: Number(values.pegawai), instansi: Number(values.instansi), seed: Number(values.seed) });
  const out = path.resolve(values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, direktoriToJson(d));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`${out}: ${d.instansi.length} instansi, ${d.unit.length} unit, ${d.pegawai.length} pegawai, ${d.kedudukan.length} kedudukan, `
    + `${d.pimpinan.length} pimpinan, ${d.delegasi.length} delegasi (${ms.toFixed(0)} ms)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main(process.argv.slice(2));
