import { emptyReport, mergeReports, violation, type RuleReport } from '../rule-violation.js';

/**
 * R-NAT-48: the leader who directs the work (for individual work: the PUO pemilik kinerja, R-NAT-35) may ask
 * for a report at any time while the work is being carried out; the request says what it is about.
 */
export function checkPermintaanLaporan(p: { pemintaNip: string | undefined; peminta: string | undefined; tahap: string | null; perihal: string }): RuleReport {
  if (!p.peminta) return violation('R-NAT-48', 'penugasanId', 'Penugasan ini belum memiliki pelaksanaan kegiatan yang berjalan.');
  return mergeReports(
    p.pemintaNip === p.peminta ? emptyReport
      : violation('R-NAT-48', 'pengusulNip', `Laporan pelaksanaan tugas ini hanya dapat diminta oleh Pimpinan Unit Organisasi pemilik kinerja (NIP ${p.peminta}).`),
    p.tahap === 'PELAKSANAAN' ? emptyReport
      : violation('R-NAT-48', 'penugasanId', `Laporan dapat diminta selama tahap pelaksanaan; kegiatan ini pada tahap ${(p.tahap ?? 'belum dimulai').toLowerCase()}.`),
    p.perihal.trim().length >= 10 ? emptyReport : violation('R-NAT-48', 'perihalLaporan', 'Sebutkan hal yang perlu dilaporkan (paling sedikit 10 karakter).'),
  );
}
