import { sql, type Kysely } from 'kysely';

/** R-NAT-01: the store accepts only the two forms of penugasan, whatever writes to it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('penugasan')
    .addCheckConstraint('penugasan_bentuk_r_nat_01', sql`bentuk in ('PENUNJUKAN', 'PENGAJUAN_SUKARELA')`).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('penugasan').dropConstraint('penugasan_bentuk_r_nat_01').execute();
}
