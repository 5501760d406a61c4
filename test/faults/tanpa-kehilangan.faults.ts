import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_ADMIN_URL } from '../support/postgres.js';
import { Lingkungan, type Kasus } from './support/lingkungan.js';

/**
 * "Nothing lost, nothing twice" (issue 13): the real engine, a PostgreSQL store and real worker processes, with
 * faults injected where they hurt: a worker killed in the middle of a handler (20 times), the engine killed while
 * cases are in flight, the store's connections cut during a write, two worker processes at once, and a store that
 * is read-only or full. Short locks (3 s) make redelivery quick. Human steps are taken through the engine REST by
 * the role holders. Every case must end, once, with exactly its letters, numbers, memberships and audit entries.
 */
describe('fault suite: nothing lost, nothing twice', () => {
  let env: Lingkungan;
  const semua: Kasus[] = [];
  let nomorUrut = 0;
  const tanda = () => `U${++nomorUrut}-${Date.now().toString(36)}`;

  beforeAll(async () => {
    env = await Lingkungan.mulai();
  });
  afterAll(async () => {
    await env?.stop();
  });

  async function ajukanBanyak(jumlahF2: number, jumlahF6: number): Promise<Kasus[]> {
    const kasus: Kasus[] = [];
    for (let i = 0; i < jumlahF2; i++) kasus.push(await env.ajukan('F2', tanda()));
    for (let i = 0; i < jumlahF6; i++) kasus.push(await env.ajukan('F6', tanda()));
    semua.push(...kasus);
    return kasus;
  }

  /** Every case ended at its happy end, with no incident, and holds its side effects exactly once. */
  async function periksaSekaliSaja(kasus: readonly Kasus[]): Promise<void> {
    for (const { pid, jenis } of kasus) {
      const akhir = (await env.admin.historicActivities(pid)).filter((a) => a.activityType.endsWith('EndEvent')).map((a) => a.activityId);
      expect(akhir, `akhir ${jenis} ${pid}`).toEqual([jenis === 'F2' ? 'Selesai_Ditugaskan' : 'Selesai_Ditetapkan']);
      expect(await env.insiden(pid)).toEqual([]);
      const surat = await env.db.selectFrom('surat').select(['jenis', 'nomor', 'kunci']).where('process_instance_id', '=', pid).orderBy('id').execute();
      const penugasan = await env.db.selectFrom('penugasan').select(['pegawai_nip', 'surat_nomor']).where('process_instance_id', '=', pid).execute();
      const keputusan = await env.db.selectFrom('keputusan_kasus').select('langkah').where('process_instance_id', '=', pid).execute();
      if (jenis === 'F2') {
        expect(surat.map((s) => s.jenis)).toEqual(['SURAT_PERMOHONAN_PELIBATAN', 'SURAT_PENUGASAN']);
        expect(penugasan).toEqual([{ pegawai_nip: expect.any(String) as unknown, surat_nomor: surat[1]!.nomor }]);
      } else {
        expect(surat.map((s) => s.jenis)).toEqual(['SURAT_KEPUTUSAN', 'SURAT_KEPUTUSAN']);
        const tim = await env.db.selectFrom('tim_kerja').select('id').where('process_instance_id', '=', pid).execute();
        expect(tim).toHaveLength(1);
        const anggota = await env.db.selectFrom('anggota_tim').select(['nip', 'peran']).where('tim_id', '=', tim[0]!.id).execute();
        expect(anggota.map((a) => a.peran).sort()).toEqual(['ANGGOTA', 'KETUA']);
        expect(penugasan).toHaveLength(2);
      }
      expect(keputusan).toHaveLength(1);
      // one audit entry per kind of act in the case (decision, each letter, the penugasan): none written twice
      const audit = await env.db.selectFrom('audit_log').select(['aksi', (eb) => eb.fn.countAll<string>().as('n')])
        .where('process_instance_id', '=', pid).where('aksi', 'like', 'SURAT_%').groupBy('aksi').execute();
      for (const a of audit) expect(Number(a.n), `${pid} ${a.aksi}`).toBe(surat.filter((s) => `SURAT_${s.jenis}` === a.aksi).length);
      // no partial writes: each letter has its audit entry with its number
      const suratTercatat = await sql<{ nomor: string }>`select data->>'nomor' as nomor from audit_log where process_instance_id = ${pid} and aksi like 'SURAT_%'`.execute(env.db);
      expect(suratTercatat.rows.map((r) => r.nomor).sort()).toEqual(surat.map((s) => s.nomor).sort());
    }
  }

  /** In each number sequence (instansi, unit where it numbers per unit, year) the letters run 1..n, no gap, no repeat. */
  async function periksaNomorSurat(): Promise<void> {
    const baris = await env.db.selectFrom('surat').select(['instansi_id', 'lingkup_nomor', 'tahun_nomor', 'urut']).execute();
    const urutan = new Map<string, number[]>();
    for (const b of baris) {
      const k = `${b.instansi_id ?? ''}|${b.lingkup_nomor ?? ''}|${b.tahun_nomor ?? ''}`;
      urutan.set(k, [...(urutan.get(k) ?? []), Number(b.urut)]);
    }
    for (const [k, u] of urutan) expect([...u].sort((a, b) => a - b), k).toEqual(Array.from({ length: u.length }, (_, i) => i + 1));
  }

  it('two worker processes on one engine: no side effect twice', async () => {
    const pekerja = [env.pekerja('dua-a'), env.pekerja('dua-b')];
    try {
      const kasus = await ajukanBanyak(8, 2);
      await env.jalankanSampaiSelesai(kasus, 120_000);
      await periksaSekaliSaja(kasus);
      await periksaNomorSurat();
    } finally {
      await Promise.all(pekerja.map((p) => p.stop()));
    }
  });

  it('a worker process killed in the middle of a handler 20 times: redelivered after the lock expires, nothing twice', async () => {
    const kasus = await ajukanBanyak(6, 2);
    let kematian = 0;
    let ke = 0;
    // two worker processes at a time, each killing itself at a random store write of its life (inside a
    // transaction or after its commit), and started anew each time, until 20 deaths
    // a spare is loaded while the current one works, so a death is followed by a new worker within a second
    const cadangan = () => env.pekerja(`mati-${++ke}`, { SK_UJI_HANGAT: '1', SK_UJI_MATI_PADA: String(1 + Math.floor(Math.random() * 4)) });
    const hidupkan = async (): Promise<void> => {
      let berikut = cadangan();
      while (kematian < 20) {
        const pekerja = berikut;
        await pekerja.mulai();
        berikut = cadangan();
        const hasil = await pekerja.selesai;
        if (hasil !== 'SIGKILL') throw new Error(`pekerja berhenti tanpa dibunuh (${String(hasil)}); lihat ${pekerja.logFile}`);
        kematian++;
      }
      await berikut.stop();
    };
    const kemudi = async (): Promise<void> => {
      while (kematian < 20) {
        // when every case has ended before 20 deaths, more cases to die on
        if ((await env.langkahManusia(kasus)).length === 0) kasus.push(...await ajukanBanyak(2, 1));
        await new Promise((r) => setTimeout(r, 300));
      }
    };
    await Promise.all([hidupkan(), hidupkan(), kemudi()]);
    expect(kematian).toBeGreaterThanOrEqual(20);
    const sehat = env.pekerja('sehat');
    try {
      await env.jalankanSampaiSelesai(kasus, 180_000);
    } finally {
      await sehat.stop();
    }
    await periksaSekaliSaja(kasus);
    await periksaNomorSurat();
  });

  it('the engine killed while cases are in flight: after its restart every case completes', async () => {
    const pekerja = env.pekerja('restart');
    try {
      const kasus = await ajukanBanyak(6, 2);
      // some cases are decided before the crash, some after
      await new Promise((r) => setTimeout(r, 1500));
      await env.restartEngine();
      await env.jalankanSampaiSelesai(kasus, 180_000);
      await periksaSekaliSaja(kasus);
    } finally {
      await pekerja.stop();
    }
  });

  it('the store connections cut by the server during writes: no partial rows, every case completes', async () => {
    // every 25th write: rare enough that one task is not cut on all of its attempts (3 retries, then an incident;
    // cutting every 9th write with 8 cases in flight did hit one task three times in a row)
    const pekerja = env.pekerja('putus', { SK_UJI_PUTUS_SETIAP: '25' });
    try {
      const kasus = await ajukanBanyak(6, 2);
      await env.jalankanSampaiSelesai(kasus, 180_000);
      await periksaSekaliSaja(kasus);
      await periksaNomorSurat();
      expect(await import('node:fs/promises').then((fs) => fs.readFile(pekerja.logFile, 'utf8'))).toMatch(/PUTUS setelah tulis/);
      // the worker process lived through every cut (an unheard 'error' of a pg connection would have ended it)
      expect(pekerja.child.exitCode).toBeNull();
    } finally {
      await pekerja.stop();
    }
  });

  /** Waits for the incident of `pid` and returns it. */
  async function insidenDari(pid: string): Promise<{ id: string; incidentMessage: string | null; configuration: string }> {
    const batas = Date.now() + 90_000;
    for (;;) {
      const [insiden] = await env.insiden(pid);
      if (insiden) return insiden;
      if (Date.now() > batas) throw new Error(`tidak ada insiden untuk ${pid}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  async function ulangiTugas(insiden: { configuration: string }): Promise<void> {
    await env.admin.request('PUT', `/external-task/${insiden.configuration}/retries`, { body: { retries: 1 } });
  }

  /** ALTER DATABASE from the server's admin database: the store's own connections become read-only themselves. */
  async function hanyaBaca(aktif: boolean): Promise<void> {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    try {
      const nama = new URL(env.storeUrl).pathname.slice(1);
      await admin.query(`alter database ${nama} set default_transaction_read_only = ${aktif ? 'on' : 'off'}`);
      // sessions take the setting when they start: end the open ones (the pools reconnect)
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [nama]);
    } finally {
      await admin.end();
    }
  }

  it('a read-only store: a clear incident, nothing written; once writable again, the retried task completes the case', async () => {
    await hanyaBaca(true);
    const pekerja = env.pekerja('hanya-baca');
    try {
      const [kasus] = await ajukanBanyak(1, 0);
      const insiden = await insidenDari(kasus!.pid);
      expect(insiden.incidentMessage).toContain('Penyimpanan hanya-baca: penulisan ditolak');
      expect(insiden.incidentMessage).toContain('tidak ada data yang setengah tersimpan');
      expect(await env.db.selectFrom('surat').select('id').where('process_instance_id', '=', kasus!.pid).execute()).toEqual([]);

      await hanyaBaca(false);
      await ulangiTugas(insiden);
      await env.jalankanSampaiSelesai([kasus!], 120_000);
      await periksaSekaliSaja([kasus!]);
      expect(pekerja.child.exitCode).toBeNull();
    } finally {
      await hanyaBaca(false);
      await pekerja.stop();
    }
  });

  it('a full store (the database answers disk_full): a clear incident, no letter half-written; with room again the case completes', async () => {
    // PostgreSQL's own SQLSTATE 53100 for a full disk, raised where a letter is inserted
    await sql`create or replace function uji_disk_penuh() returns trigger language plpgsql as $$
      begin raise exception 'could not extend file: No space left on device' using errcode = 'disk_full'; end $$`.execute(env.db);
    await sql`create trigger uji_disk_penuh before insert on surat for each row execute function uji_disk_penuh()`.execute(env.db);
    const pekerja = env.pekerja('penuh');
    try {
      const [kasus] = await ajukanBanyak(1, 0);
      const insiden = await insidenDari(kasus!.pid);
      expect(insiden.incidentMessage).toContain('Penyimpanan penuh');
      expect(await env.db.selectFrom('surat').select('id').where('process_instance_id', '=', kasus!.pid).execute()).toEqual([]);
      expect(await env.db.selectFrom('audit_log').select('id').where('process_instance_id', '=', kasus!.pid).where('aksi', 'like', 'SURAT_%').execute()).toEqual([]);

      await sql`drop trigger uji_disk_penuh on surat`.execute(env.db);
      await ulangiTugas(insiden);
      await env.jalankanSampaiSelesai([kasus!], 120_000);
      await periksaSekaliSaja([kasus!]);
      await periksaNomorSurat();
    } finally {
      await sql`drop trigger if exists uji_disk_penuh on surat`.execute(env.db);
      await pekerja.stop();
    }
  });

  it('over the whole run: every case once, letter numbers without gaps or repeats', async () => {
    await periksaSekaliSaja(semua);
    await periksaNomorSurat();
  });
});

