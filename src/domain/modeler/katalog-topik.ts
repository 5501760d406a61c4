// Dibuat oleh `npm run modeler:katalog` dari workers/topics.ts; jangan disunting.
/** Every external-task topic a worker serves: its settings (input parameters) and the variables it may set. */
export const KATALOG_TOPIK: readonly { readonly topik: string; readonly pengaturan: readonly string[]; readonly keluaran: readonly string[] }[] = [
  {
    "topik": "catat-penugasan-kasus",
    "pengaturan": [
      "bentuk",
      "ruangLingkup",
      "status",
      "penetap",
      "daftarDari",
      "keputusanWajib"
    ],
    "keluaran": [
      "penugasanDicatat",
      "penugasanBaruDicatat"
    ]
  },
  {
    "topik": "catat-tahap-kegiatan",
    "pengaturan": [
      "tahap"
    ],
    "keluaran": [
      "tahapKegiatan",
      "peringatan",
      "peringatanTeks",
      "alasan",
      "catatanPenilaian"
    ]
  },
  {
    "topik": "catat-tim-kerja",
    "pengaturan": [
      "status",
      "keputusanWajib"
    ],
    "keluaran": []
  },
  {
    "topik": "kirim-jawaban-lintas-instansi",
    "pengaturan": [
      "hasil"
    ],
    "keluaran": []
  },
  {
    "topik": "kirim-permohonan-lintas-instansi",
    "pengaturan": [
      "keputusanWajib"
    ],
    "keluaran": []
  },
  {
    "topik": "minta-laporan-kegiatan",
    "pengaturan": [],
    "keluaran": [
      "galatPermohonan",
      "kegiatanKunci"
    ]
  },
  {
    "topik": "periksa-bahan-penilaian",
    "pengaturan": [],
    "keluaran": [
      "peringatan",
      "peringatanTeks",
      "ringkasanBahan"
    ]
  },
  {
    "topik": "periksa-daftar-lintas-instansi",
    "pengaturan": [],
    "keluaran": [
      "peringatan",
      "peringatanTeks",
      "daftarTeks",
      "rekomendasiPuoDiperlukan"
    ]
  },
  {
    "topik": "periksa-keputusan",
    "pengaturan": [
      "langkah",
      "pelaku",
      "pilihan",
      "alasanWajib",
      "simpan",
      "prasyarat",
      "variabelKeputusan",
      "variabelAlasan"
    ],
    "keluaran": [
      "galatKeputusan"
    ]
  },
  {
    "topik": "periksa-komponen-penilaian",
    "pengaturan": [],
    "keluaran": [
      "galatKeputusan"
    ]
  },
  {
    "topik": "periksa-koordinasi-tim",
    "pengaturan": [
      "tahap"
    ],
    "keluaran": [
      "peringatan",
      "peringatanTeks",
      "peringatanDiakui"
    ]
  },
  {
    "topik": "periksa-rencana-kerja",
    "pengaturan": [],
    "keluaran": [
      "peringatan",
      "peringatanTeks"
    ]
  },
  {
    "topik": "periksa-tindak-lanjut",
    "pengaturan": [
      "variabel"
    ],
    "keluaran": [
      "galatKeputusan"
    ]
  },
  {
    "topik": "ppk-anggota-berikutnya",
    "pengaturan": [],
    "keluaran": [
      "adaPpkBerikutnya",
      "ppkTujuanNip",
      "anggotaDinilaiTeks"
    ]
  },
  {
    "topik": "tentukan-penerima-eskalasi",
    "pengaturan": [],
    "keluaran": [
      "penerimaLintasNip",
      "penerimaLintasNama",
      "penerimaLintasJabatan",
      "anggotaAsalTeks"
    ]
  },
  {
    "topik": "tentukan-peran",
    "pengaturan": [
      "peran",
      "subjek",
      "variabel"
    ],
    "keluaran": [
      "${variabel}",
      "${variabel}Nama"
    ]
  },
  {
    "topik": "terbitkan-surat",
    "pengaturan": [
      "jenisSurat",
      "perihal",
      "penandatangan",
      "penerima",
      "tembusan",
      "penerimaDaftarDari",
      "keputusanWajib"
    ],
    "keluaran": [
      "suratTerakhir",
      "suratTerakhirId",
      "suratTerakhirPdf"
    ]
  },
  {
    "topik": "terima-jawaban-lintas-instansi",
    "pengaturan": [],
    "keluaran": [
      "hasilLintasInstansi",
      "jawabanTeks"
    ]
  },
  {
    "topik": "tutup-kasus",
    "pengaturan": [
      "status"
    ],
    "keluaran": []
  },
  {
    "topik": "tutup-kegiatan",
    "pengaturan": [],
    "keluaran": [
      "tahapKegiatan",
      "galatKeputusan"
    ]
  },
  {
    "topik": "validasi-eskalasi-masalah",
    "pengaturan": [],
    "keluaran": [
      "galatPermohonan",
      "kunciKasus",
      "pengusulNip",
      "pengusulNama",
      "namaTim",
      "unitPemilikId",
      "unitPemilikNama",
      "jumlahPenerimaLintas",
      "penerimaLintasTeks"
    ]
  },
  {
    "topik": "validasi-laporan-tim",
    "pengaturan": [],
    "keluaran": [
      "galatPermohonan",
      "pelaporNip",
      "penerimaLaporanNip",
      "puoPemilikNip",
      "adaKetua",
      "namaTim",
      "pelaporNama"
    ]
  },
  {
    "topik": "validasi-pelaksanaan-kegiatan",
    "pengaturan": [],
    "keluaran": [
      "galatPermohonan",
      "pegawaiNip",
      "pegawaiNama",
      "unitPemilikKinerjaId",
      "unitPemilikNama",
      "uraianTugas",
      "targetKinerja",
      "periodePenugasan",
      "penerimaHasilNip",
      "penerimaHasilNama",
      "siklusEvaluasi",
      "ruteLaporan"
    ]
  },
  {
    "topik": "validasi-pelibatan-lintas-instansi",
    "pengaturan": [],
    "keluaran": [
      "instansiPemohonNama",
      "unitPemilikKinerjaNama",
      "instansiTujuanNama",
      "unitTujuanNama",
      "pengusulNama",
      "kompetensiTeks",
      "periodePenugasan",
      "ppkPengusulNip",
      "peringatan",
      "peringatanTeks",
      "galatPermohonan"
    ]
  },
  {
    "topik": "validasi-pengajuan-sukarela",
    "pengaturan": [
      "saluran"
    ],
    "keluaran": [
      "galatPermohonan",
      "pengusulNip",
      "pemohonNip",
      "pemohonNama",
      "pegawaiNama",
      "pemohonJabatan",
      "pemohonUnitNama",
      "unitPemilikKinerjaId",
      "unitPemilikKinerjaNama",
      "ruangLingkup",
      "periodePenugasan",
      "bebanKerjaTeks",
      "peringatan",
      "peringatanTeks"
    ]
  },
  {
    "topik": "validasi-penilaian-kinerja",
    "pengaturan": [],
    "keluaran": [
      "galatPermohonan",
      "pegawaiNama",
      "pegawaiJabatan",
      "perluBahanPertimbangan",
      "bahanDiperlukan",
      "unitPemilikKinerjaId",
      "dasarBahanTeks",
      "penugasanTeks",
      "batasWaktuBahan"
    ]
  },
  {
    "topik": "validasi-penugasan-individu",
    "pengaturan": [],
    "keluaran": [
      "galatPermohonan",
      "pengusulNip",
      "ruangLingkup",
      "pegawaiNama",
      "pegawaiJabatan",
      "periodePenugasan",
      "bebanTeks",
      "peringatan",
      "peringatanTeks"
    ]
  },
  {
    "topik": "validasi-penunjukan",
    "pengaturan": [],
    "keluaran": [
      "ruangLingkup",
      "pegawaiNama",
      "pegawaiJabatan",
      "periodePenugasan",
      "kompetensiTeks",
      "peringatan",
      "peringatanTeks"
    ]
  },
  {
    "topik": "validasi-permohonan-lintas-unit",
    "pengaturan": [],
    "keluaran": [
      "galatPermohonan",
      "pengusulNama",
      "pegawaiNama",
      "pegawaiJabatan",
      "unitPegawaiNama",
      "unitPemilikNama",
      "periodePenugasan",
      "peringatan",
      "peringatanTeks"
    ]
  },
  {
    "topik": "validasi-tim-kerja",
    "pengaturan": [],
    "keluaran": [
      "galatPermohonan",
      "pengusulNip",
      "timKerjaId",
      "ruangLingkup",
      "unitPemilikNama",
      "periodeTim",
      "ketuaTeks",
      "anggotaTeks",
      "pegawaiDitugaskan",
      "peringatan",
      "peringatanTeks",
      "profilInstansi",
      "jenisUnitPemilik"
    ]
  }
];
