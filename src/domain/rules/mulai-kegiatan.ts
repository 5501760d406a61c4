import { emptyReport, mergeReports, violation, type RuleReport } from '../rule-violation.js';

/** What starting the pelaksanaan of a penugasan is checked against. */
export interface MulaiKegiatan {
  /** The recorded penugasan, if found. */
  readonly penugasan: { readonly status: string; readonly unitPemilikKinerjaId: string } | undefined;
  /** Who started the process (the engine's start user). */
  readonly pemulaNip: string | undefined;
  /** The Pimpinan Unit Organisasi of the owner unit today, if the post is filled. */
  readonly pimpinanPemilikNip: string | undefined;
  /** Another open or finished pelaksanaan of the same penugasan (R-SYS-01). */
  readonly duplikatDari: string | undefined;
}

/**
 * Pre-checks of a pelaksanaan kegiatan (RULES.md F8): the penugasan exists and was set with written proof
 * (R-NAT-34: DITETAPKAN); it is started by the PUO pemilik kinerja, who directs the work and receives its
 * results (R-NAT-47, R-NAT-54); only one pelaksanaan per penugasan (R-SYS-01).
 */
export function checkMulaiKegiatan(m: MulaiKegiatan): RuleReport {
  if (!m.penugasan) return violation('R-NAT-34', 'penugasanId', 'Penugasan tidak ditemukan; pelaksanaan hanya untuk penugasan yang tercatat.');
  return mergeReports(
    m.penugasan.status === 'DITETAPKAN' ? emptyReport
      : violation('R-NAT-34', 'penugasanId', `Penugasan berstatus ${m.penugasan.status}; hanya penugasan yang telah ditetapkan dapat dilaksanakan.`),
    m.pimpinanPemilikNip && m.pemulaNip === m.pimpinanPemilikNip ? emptyReport
      : violation('R-NAT-47', 'pengusulNip', m.pimpinanPemilikNip
        ? `Pelaksanaan kegiatan dimulai oleh Pimpinan Unit Organisasi pemilik kinerja (NIP ${m.pimpinanPemilikNip}), bukan ${m.pemulaNip ?? 'pengguna tanpa nama'}.`
        : 'Jabatan Pimpinan Unit Organisasi pemilik kinerja kosong; tetapkan Plt/Plh terlebih dahulu.'),
    m.duplikatDari ? violation('R-SYS-01', 'penugasanId', `Penugasan ini sudah memiliki pelaksanaan kegiatan (kasus ${m.duplikatDari}).`) : emptyReport,
  );
}
