import type { Kysely, Selectable } from 'kysely';
import type { KoordinasiTimRepository, KoordinasiTimTercatat } from '../../application/ports.js';
import type { Database, KoordinasiTimTable } from './schema.js';

/** The natural key of a record: the same team, phase, date, author and text (spacing and case ignored). */
const kunciOf = (k: { timId: number; tahap: string; tanggal: string; catatan: string; dicatatOleh: string }) =>
  [k.timId, k.tahap, k.tanggal, k.dicatatOleh, k.catatan.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id')].join('|');

export function createKoordinasiTimRepository(db: Kysely<Database>): KoordinasiTimRepository {
  return {
    async catat(k) {
      const kunci = kunciOf(k);
      const baru = await db.insertInto('koordinasi_tim').values({
        kunci, tim_id: k.timId, tahap: k.tahap, tanggal: k.tanggal, catatan: k.catatan.trim(), dicatat_oleh: k.dicatatOleh,
      }).onConflict((oc) => oc.column('kunci').doNothing()).returningAll().executeTakeFirst();
      const row = baru ?? await db.selectFrom('koordinasi_tim').selectAll().where('kunci', '=', kunci).executeTakeFirstOrThrow();
      return { koordinasi: toKoordinasi(row), baru: baru !== undefined };
    },

    async daftar(timId) {
      const rows = await db.selectFrom('koordinasi_tim').selectAll().where('tim_id', '=', timId).orderBy('tanggal').orderBy('id').execute();
      return rows.map(toKoordinasi);
    },
  };
}

function toKoordinasi(row: Selectable<KoordinasiTimTable>): KoordinasiTimTercatat {
  return {
    id: row.id, timId: row.tim_id, tahap: row.tahap, tanggal: row.tanggal, catatan: row.catatan, dicatatOleh: row.dicatat_oleh,
    dicatatPada: new Date(row.dicatat_pada).toISOString(),
  };
}
