import { sql, type Kysely } from 'kysely';

/**
 * R-NAT-13: a DITOLAK row needs an alasan. The check of 001 let a NULL alasan through, because
 * length(trim(NULL)) > 0 is NULL and a CHECK that yields NULL passes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('penugasan').dropConstraint('penugasan_alasan_tolak').execute();
  await db.schema.alterTable('penugasan')
    .addCheckConstraint('penugasan_alasan_tolak', sql`status <> 'DITOLAK' or coalesce(length(trim(alasan)), 0) > 0`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('penugasan').dropConstraint('penugasan_alasan_tolak').execute();
  await db.schema.alterTable('penugasan')
    .addCheckConstraint('penugasan_alasan_tolak', sql`status <> 'DITOLAK' or length(trim(alasan)) > 0`)
    .execute();
}
