import type { Kysely } from 'kysely';
import type { KataSandiAwalRepository } from '../../application/ports.js';
import type { Database } from './schema.js';

export function createKataSandiAwalRepository(db: Kysely<Database>): KataSandiAwalRepository {
  return {
    async simpan(akun) {
      for (let i = 0; i < akun.length; i += 500) {
        const part = akun.slice(i, i + 500).map((a) => ({ nip: a.nip, instansi_id: a.instansiId, kata_sandi: a.kataSandi }));
        await db.insertInto('kata_sandi_awal').values(part)
          .onConflict((oc) => oc.column('nip').doUpdateSet((eb) => ({ instansi_id: eb.ref('excluded.instansi_id'), kata_sandi: eb.ref('excluded.kata_sandi') })))
          .execute();
      }
    },

    async hapus(nips) {
      if (nips.length > 0) await db.deleteFrom('kata_sandi_awal').where('nip', 'in', [...nips]).execute();
    },

    async untukInstansi(instansiId) {
      const rows = await db.selectFrom('kata_sandi_awal').selectAll().where('instansi_id', '=', instansiId).orderBy('nip').execute();
      return rows.map((r) => ({ nip: r.nip, instansiId: r.instansi_id, kataSandi: r.kata_sandi, dibuatPada: new Date(r.dibuat_pada).toISOString() }));
    },
  };
}
