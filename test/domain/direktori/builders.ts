import {
  indexDirektori,
  pejabatPenilaiKinerjaPada,
  type DelegasiRecord,
  type Direktori,
  type DirektoriIndex,
  type InstansiRecord,
  type KedudukanRecord,
  type PegawaiRecord,
  type PejabatBerwenangRecord,
  type PimpinanRecord,
  type UnitRecord,
} from '../../../src/domain/direktori.js';
import type { IsoDate, JabatanKategori, JenisUnit } from '../../../src/domain/organisasi.js';

/**
 * A small fluent builder for a Direktori (src/domain/direktori.ts): instansi, a unit tree with its pola,
 * pegawai, dated kedudukan and pimpinan, delegations and the Pejabat yang Berwenang.
 * NIPs are readable ids ("kabid-1"): the directory does not validate them, and the tests read better.
 */

/** Records start here unless a test says otherwise. */
export const SEJAK: IsoDate = '2024-01-01';
/** The date most tests resolve on. */
export const HARI_INI: IsoDate = '2025-03-01';

interface Periode {
  readonly mulai?: IsoDate;
  readonly selesai?: IsoDate | null;
}

export interface UnitOpts {
  readonly jenis?: JenisUnit;
  readonly induk?: string | null;
  readonly pola?: string | null;
  readonly nama?: string;
  /** Defaults to the last instansi declared. */
  readonly instansiId?: string;
}

export interface PegawaiOpts {
  readonly golongan?: string | null;
  readonly aktif?: boolean;
  readonly jabatanNama?: string;
  readonly nama?: string;
  /** Defaults to the instansi of the unit the pegawai is placed in, else the last instansi declared. */
  readonly instansiId?: string;
}

export interface KedudukanOpts extends Periode {
  /** Explicit PPK of the kedudukan; omitted = resolved from the unit tree. */
  readonly ppk?: string | null;
}

export interface PimpinanOpts extends Periode {
  readonly status?: PimpinanRecord['status'];
}

const GOLONGAN_BAWAAN: Record<JabatanKategori, string> = {
  PPT_MADYA: 'IV/e',
  PPT_PRATAMA: 'IV/c',
  ADMINISTRATOR: 'IV/a',
  PENGAWAS: 'III/d',
  JF_KEAHLIAN: 'III/c',
  JF_KETERAMPILAN: 'III/a',
  PELAKSANA: 'II/c',
};

export class DirektoriBuilder {
  private readonly d = {
    instansi: [] as InstansiRecord[],
    unit: [] as UnitRecord[],
    pegawai: [] as PegawaiRecord[],
    kedudukan: [] as KedudukanRecord[],
    pimpinan: [] as PimpinanRecord[],
    pejabatBerwenang: [] as PejabatBerwenangRecord[],
    delegasi: [] as DelegasiRecord[],
  };

  instansi(id: string, profil: InstansiRecord['profil'], jenis: InstansiRecord['jenis'] = 'KABUPATEN'): this {
    this.d.instansi.push({ id, nama: id, jenis, profil });
    return this;
  }

  unit(id: string, opts: UnitOpts = {}): this {
    const instansiId = opts.instansiId ?? this.d.instansi.at(-1)?.id;
    if (!instansiId) throw new Error(`unit ${id}: declare an instansi first`);
    this.d.unit.push({
      id,
      instansiId,
      nama: opts.nama ?? id,
      jenis: opts.jenis ?? (opts.induk ? 'UNIT_KERJA' : 'UNIT_ORGANISASI'),
      indukId: opts.induk ?? null,
      pola: opts.pola ?? null,
    });
    return this;
  }

  pegawai(nip: string, kategori: JabatanKategori, opts: PegawaiOpts = {}): this {
    const instansiId = opts.instansiId ?? this.d.instansi.at(-1)?.id;
    if (!instansiId) throw new Error(`pegawai ${nip}: declare an instansi first`);
    this.d.pegawai.push({
      nip,
      nama: opts.nama ?? nip,
      instansiId,
      statusKepegawaian: 'PNS',
      jabatanNama: opts.jabatanNama ?? nip,
      jabatanKategori: kategori,
      jenjang: null,
      golongan: opts.golongan === undefined ? GOLONGAN_BAWAAN[kategori] : opts.golongan,
      pendidikan: null,
      pengalaman: [],
      kompetensi: [],
      aktif: opts.aktif ?? true,
    });
    return this;
  }

  kedudukan(nip: string, unitId: string, opts: KedudukanOpts = {}): this {
    this.d.kedudukan.push({ nip, unitId, pejabatPenilaiKinerjaNip: opts.ppk ?? null, ...periode(opts) });
    return this;
  }

  pimpinan(unitId: string, nip: string, opts: PimpinanOpts = {}): this {
    this.d.pimpinan.push({ unitId, nip, status: opts.status ?? 'DEFINITIF', ...periode(opts) });
    return this;
  }

  delegasi(pemberiNip: string, penerimaNip: string, opts: Periode = {}): this {
    this.d.delegasi.push({ pemberiNip, penerimaNip, dasar: `SK delegasi ${pemberiNip} kepada ${penerimaNip}`, ...periode(opts) });
    return this;
  }

  pejabatBerwenang(instansiId: string, nip: string, opts: Periode = {}): this {
    this.d.pejabatBerwenang.push({ instansiId, nip, ...periode(opts) });
    return this;
  }

  /** A pegawai placed in a unit (kedudukan since SEJAK unless told). */
  staf(nip: string, kategori: JabatanKategori, unitId: string, opts: PegawaiOpts & KedudukanOpts = {}): this {
    return this.pegawai(nip, kategori, { instansiId: this.instansiOf(unitId), ...opts }).kedudukan(nip, unitId, opts);
  }

  /** A pegawai who sits in and leads a unit (definitive unless told). */
  kepala(nip: string, kategori: JabatanKategori, unitId: string, opts: PegawaiOpts & PimpinanOpts = {}): this {
    const { status, ...rest } = opts;
    return this.staf(nip, kategori, unitId, rest).pimpinan(unitId, nip, { status, mulai: opts.mulai, selesai: opts.selesai });
  }

  build(): Direktori {
    return {
      instansi: [...this.d.instansi],
      unit: [...this.d.unit],
      pegawai: [...this.d.pegawai],
      kedudukan: [...this.d.kedudukan],
      pimpinan: [...this.d.pimpinan],
      pejabatBerwenang: [...this.d.pejabatBerwenang],
      delegasi: [...this.d.delegasi],
    };
  }

  index(): DirektoriIndex {
    return indexDirektori(this.build());
  }

  private instansiOf(unitId: string): string | undefined {
    return this.d.unit.find((u) => u.id === unitId)?.instansiId;
  }
}

function periode(p: Periode): { mulai: IsoDate; selesai: IsoDate | null } {
  return { mulai: p.mulai ?? SEJAK, selesai: p.selesai ?? null };
}

export function direktori(): DirektoriBuilder {
  return new DirektoriBuilder();
}

/** Who `pejabatPenilaiKinerjaPada` resolves for `nip`, on HARI_INI unless told. */
export function ppkOf(idx: DirektoriIndex, nip: string, tanggal: IsoDate = HARI_INI): string | undefined {
  return pejabatPenilaiKinerjaPada(idx, nip, tanggal);
}

/** The ruleIds of a report, so a test reads `expect(ruleIds(report)).toEqual([])`. */
export function ruleIds(report: { readonly violations: readonly { readonly ruleId: string }[] }): string[] {
  return report.violations.map((v) => v.ruleId);
}
