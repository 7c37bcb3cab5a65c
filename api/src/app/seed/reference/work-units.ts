/**
 * Typical work units (OPD / unit kerja) that carry out action-plan items, and URL patterns for publication links.
 */
export type PublicationChannel =
  'banner' | 'poster' | 'social-media' | 'mass-media' | 'online-news' | 'website' | 'other';

/** Perangkat daerah of a province, regency or city. */
export const LOCAL_WORK_UNITS: readonly string[] = [
  'Sekretariat Daerah - Bagian Organisasi',
  'Sekretariat Daerah - Bagian Protokol dan Komunikasi Pimpinan',
  'Inspektorat',
  'Badan Perencanaan Pembangunan Daerah',
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  'Badan Pengelolaan Keuangan dan Aset Daerah',
  'Badan Pendapatan Daerah',
  'Badan Penanggulangan Bencana Daerah',
  'Badan Kesatuan Bangsa dan Politik',
  'Dinas Komunikasi dan Informatika',
  'Dinas Kesehatan',
  'Dinas Pendidikan',
  'Dinas Sosial',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Penanaman Modal dan PTSP',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Dinas Perhubungan',
  'Dinas Tenaga Kerja dan Transmigrasi',
  'Dinas Lingkungan Hidup',
  'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
  'Satuan Polisi Pamong Praja',
  'Rumah Sakit Umum Daerah',
];

/** Eselon I / II units of a ministry or agency. */
export const CENTRAL_WORK_UNITS: readonly string[] = [
  'Sekretariat Jenderal - Biro SDM',
  'Sekretariat Jenderal - Biro Organisasi dan Tata Laksana',
  'Sekretariat Jenderal - Biro Perencanaan dan Keuangan',
  'Sekretariat Jenderal - Biro Umum',
  'Biro Hubungan Masyarakat',
  'Biro Hukum',
  'Inspektorat Jenderal',
  'Pusat Data dan Informasi',
  'Pusat Pengembangan Kompetensi Aparatur',
  'Direktorat Jenderal Pelayanan Publik',
  'Badan Kebijakan dan Strategi',
  'Unit Pelaksana Teknis Daerah',
];

/**
 * Link patterns per publication channel. The seed replaces `{slug}` with a fictional host slug derived from the
 * agency (e.g. 'kalteng' -> https://kalteng.go.id/...) and `{n}` with a number or short id.
 */
export const CHANNEL_URL_PATTERNS: Readonly<Record<PublicationChannel, string>> = {
  banner: 'https://{slug}.go.id/galeri/banner-{n}',
  poster: 'https://{slug}.go.id/galeri/poster-{n}',
  'social-media': 'https://instagram.com/{slug}/p/{n}',
  'mass-media': 'https://koran-{slug}.example.id/berita/{n}',
  'online-news': 'https://berita.{slug}.go.id/berita/{n}',
  website: 'https://{slug}.go.id/berita/{n}',
  other: 'https://{slug}.go.id/dokumen/{n}',
};

/** A few alternative patterns per channel, for variety in seeded publication logs. */
export const PUBLICATION_OUTLETS: Readonly<Record<PublicationChannel, readonly string[]>> = {
  banner: ['https://{slug}.go.id/galeri/banner-{n}', 'https://ppid.{slug}.go.id/galeri/{n}'],
  poster: ['https://{slug}.go.id/galeri/poster-{n}', 'https://ppid.{slug}.go.id/infografis/{n}'],
  'social-media': [
    'https://instagram.com/{slug}/p/{n}',
    'https://facebook.com/{slug}/posts/{n}',
    'https://x.com/{slug}/status/{n}',
    'https://youtube.com/@{slug}/videos/{n}',
  ],
  'mass-media': ['https://koran-{slug}.example.id/berita/{n}', 'https://harian-{slug}.example.id/daerah/{n}'],
  'online-news': ['https://berita.{slug}.go.id/berita/{n}', 'https://news-{slug}.example.id/read/{n}'],
  website: ['https://{slug}.go.id/berita/{n}', 'https://{slug}.go.id/pengumuman/{n}'],
  other: ['https://{slug}.go.id/dokumen/{n}', 'https://ppid.{slug}.go.id/dokumen/{n}'],
};
