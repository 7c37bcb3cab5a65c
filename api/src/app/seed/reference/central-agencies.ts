/**
 * Central government agencies (batch Pusat) used by the demo seed.
 *
 * Ministries follow the Kabinet Merah Putih (October 2024 - 2025): 7 coordinating ministries and 41 ministries.
 * Non-ministerial agencies (LPNK) and other state bodies whose civil servants take part in the BerAKHLAK
 * programme are typed 'lembaga'. BKKBN is listed through its joint ministry (Kemendukbangga/BKKBN), as it was
 * merged into that ministry in the 2024 cabinet.
 *
 * Codes are stable identifiers for the seed: never renumber or reuse them.
 */
export interface CentralAgency {
  code: string;
  name: string;
  type: 'kementerian' | 'lembaga';
  acronym: string;
}

export const CENTRAL_AGENCIES: readonly CentralAgency[] = [
  // Kementerian Koordinator
  {
    code: 'K-KEMENKO-POLKAM',
    name: 'Kementerian Koordinator Bidang Politik dan Keamanan',
    type: 'kementerian',
    acronym: 'Kemenko Polkam',
  },
  {
    code: 'K-KEMENKO-KUMHAMIMIPAS',
    name: 'Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan',
    type: 'kementerian',
    acronym: 'Kemenko Kumham Imipas',
  },
  {
    code: 'K-KEMENKO-EKON',
    name: 'Kementerian Koordinator Bidang Perekonomian',
    type: 'kementerian',
    acronym: 'Kemenko Perekonomian',
  },
  {
    code: 'K-KEMENKO-PMK',
    name: 'Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan',
    type: 'kementerian',
    acronym: 'Kemenko PMK',
  },
  {
    code: 'K-KEMENKO-IPK',
    name: 'Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan',
    type: 'kementerian',
    acronym: 'Kemenko IPK',
  },
  {
    code: 'K-KEMENKO-PANGAN',
    name: 'Kementerian Koordinator Bidang Pangan',
    type: 'kementerian',
    acronym: 'Kemenko Pangan',
  },
  {
    code: 'K-KEMENKO-PM',
    name: 'Kementerian Koordinator Bidang Pemberdayaan Masyarakat',
    type: 'kementerian',
    acronym: 'Kemenko PM',
  },
  // Kementerian
  { code: 'K-SETNEG', name: 'Kementerian Sekretariat Negara', type: 'kementerian', acronym: 'Kemensetneg' },
  { code: 'K-DAGRI', name: 'Kementerian Dalam Negeri', type: 'kementerian', acronym: 'Kemendagri' },
  { code: 'K-LU', name: 'Kementerian Luar Negeri', type: 'kementerian', acronym: 'Kemlu' },
  { code: 'K-HAN', name: 'Kementerian Pertahanan', type: 'kementerian', acronym: 'Kemhan' },
  { code: 'K-AGAMA', name: 'Kementerian Agama', type: 'kementerian', acronym: 'Kemenag' },
  { code: 'K-HUKUM', name: 'Kementerian Hukum', type: 'kementerian', acronym: 'Kemenkum' },
  { code: 'K-HAM', name: 'Kementerian Hak Asasi Manusia', type: 'kementerian', acronym: 'KemenHAM' },
  { code: 'K-IMIPAS', name: 'Kementerian Imigrasi dan Pemasyarakatan', type: 'kementerian', acronym: 'Kemenimipas' },
  { code: 'K-KEU', name: 'Kementerian Keuangan', type: 'kementerian', acronym: 'Kemenkeu' },
  {
    code: 'K-DIKDASMEN',
    name: 'Kementerian Pendidikan Dasar dan Menengah',
    type: 'kementerian',
    acronym: 'Kemendikdasmen',
  },
  {
    code: 'K-DIKTISAINTEK',
    name: 'Kementerian Pendidikan Tinggi, Sains, dan Teknologi',
    type: 'kementerian',
    acronym: 'Kemdiktisaintek',
  },
  { code: 'K-BUD', name: 'Kementerian Kebudayaan', type: 'kementerian', acronym: 'Kemenbud' },
  { code: 'K-KES', name: 'Kementerian Kesehatan', type: 'kementerian', acronym: 'Kemenkes' },
  { code: 'K-SOS', name: 'Kementerian Sosial', type: 'kementerian', acronym: 'Kemensos' },
  { code: 'K-NAKER', name: 'Kementerian Ketenagakerjaan', type: 'kementerian', acronym: 'Kemnaker' },
  {
    code: 'K-P2MI',
    name: 'Kementerian Pelindungan Pekerja Migran Indonesia',
    type: 'kementerian',
    acronym: 'KemenP2MI',
  },
  { code: 'K-PERIN', name: 'Kementerian Perindustrian', type: 'kementerian', acronym: 'Kemenperin' },
  { code: 'K-DAG', name: 'Kementerian Perdagangan', type: 'kementerian', acronym: 'Kemendag' },
  { code: 'K-ESDM', name: 'Kementerian Energi dan Sumber Daya Mineral', type: 'kementerian', acronym: 'KESDM' },
  { code: 'K-PU', name: 'Kementerian Pekerjaan Umum', type: 'kementerian', acronym: 'KemenPU' },
  { code: 'K-PKP', name: 'Kementerian Perumahan dan Kawasan Permukiman', type: 'kementerian', acronym: 'KemenPKP' },
  {
    code: 'K-DESPDT',
    name: 'Kementerian Desa dan Pembangunan Daerah Tertinggal',
    type: 'kementerian',
    acronym: 'Kemendes PDT',
  },
  { code: 'K-TRANS', name: 'Kementerian Transmigrasi', type: 'kementerian', acronym: 'Kementrans' },
  { code: 'K-HUB', name: 'Kementerian Perhubungan', type: 'kementerian', acronym: 'Kemenhub' },
  { code: 'K-KOMDIGI', name: 'Kementerian Komunikasi dan Digital', type: 'kementerian', acronym: 'Komdigi' },
  { code: 'K-TAN', name: 'Kementerian Pertanian', type: 'kementerian', acronym: 'Kementan' },
  { code: 'K-HUT', name: 'Kementerian Kehutanan', type: 'kementerian', acronym: 'Kemenhut' },
  { code: 'K-KP', name: 'Kementerian Kelautan dan Perikanan', type: 'kementerian', acronym: 'KKP' },
  {
    code: 'K-ATRBPN',
    name: 'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional',
    type: 'kementerian',
    acronym: 'ATR/BPN',
  },
  {
    code: 'K-PPN',
    name: 'Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional',
    type: 'kementerian',
    acronym: 'Bappenas',
  },
  {
    code: 'K-PANRB',
    name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    type: 'kementerian',
    acronym: 'KemenPANRB',
  },
  { code: 'K-BUMN', name: 'Kementerian Badan Usaha Milik Negara', type: 'kementerian', acronym: 'Kementerian BUMN' },
  {
    code: 'K-DUKBANGGA',
    name: 'Kementerian Kependudukan dan Pembangunan Keluarga/Badan Kependudukan dan Keluarga Berencana Nasional',
    type: 'kementerian',
    acronym: 'Kemendukbangga/BKKBN',
  },
  {
    code: 'K-LH',
    name: 'Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup',
    type: 'kementerian',
    acronym: 'KLH/BPLH',
  },
  {
    code: 'K-INVESTASI',
    name: 'Kementerian Investasi dan Hilirisasi/Badan Koordinasi Penanaman Modal',
    type: 'kementerian',
    acronym: 'Kementerian Investasi/BKPM',
  },
  { code: 'K-KOP', name: 'Kementerian Koperasi', type: 'kementerian', acronym: 'Kemenkop' },
  {
    code: 'K-UMKM',
    name: 'Kementerian Usaha Mikro, Kecil, dan Menengah',
    type: 'kementerian',
    acronym: 'Kementerian UMKM',
  },
  { code: 'K-PAR', name: 'Kementerian Pariwisata', type: 'kementerian', acronym: 'Kemenpar' },
  {
    code: 'K-EKRAF',
    name: 'Kementerian Ekonomi Kreatif/Badan Ekonomi Kreatif',
    type: 'kementerian',
    acronym: 'Kemenekraf',
  },
  {
    code: 'K-PPPA',
    name: 'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak',
    type: 'kementerian',
    acronym: 'KemenPPPA',
  },
  { code: 'K-PORA', name: 'Kementerian Pemuda dan Olahraga', type: 'kementerian', acronym: 'Kemenpora' },
  // Lembaga
  { code: 'L-BKN', name: 'Badan Kepegawaian Negara', type: 'lembaga', acronym: 'BKN' },
  { code: 'L-LAN', name: 'Lembaga Administrasi Negara', type: 'lembaga', acronym: 'LAN' },
  { code: 'L-BPS', name: 'Badan Pusat Statistik', type: 'lembaga', acronym: 'BPS' },
  { code: 'L-BMKG', name: 'Badan Meteorologi, Klimatologi, dan Geofisika', type: 'lembaga', acronym: 'BMKG' },
  { code: 'L-BNPB', name: 'Badan Nasional Penanggulangan Bencana', type: 'lembaga', acronym: 'BNPB' },
  { code: 'L-BPOM', name: 'Badan Pengawas Obat dan Makanan', type: 'lembaga', acronym: 'BPOM' },
  { code: 'L-BRIN', name: 'Badan Riset dan Inovasi Nasional', type: 'lembaga', acronym: 'BRIN' },
  { code: 'L-BSSN', name: 'Badan Siber dan Sandi Negara', type: 'lembaga', acronym: 'BSSN' },
  { code: 'L-BASARNAS', name: 'Badan Nasional Pencarian dan Pertolongan', type: 'lembaga', acronym: 'Basarnas' },
  { code: 'L-ANRI', name: 'Arsip Nasional Republik Indonesia', type: 'lembaga', acronym: 'ANRI' },
  { code: 'L-BPKP', name: 'Badan Pengawasan Keuangan dan Pembangunan', type: 'lembaga', acronym: 'BPKP' },
  { code: 'L-BIG', name: 'Badan Informasi Geospasial', type: 'lembaga', acronym: 'BIG' },
  { code: 'L-BAPETEN', name: 'Badan Pengawas Tenaga Nuklir', type: 'lembaga', acronym: 'Bapeten' },
  { code: 'L-BNN', name: 'Badan Narkotika Nasional', type: 'lembaga', acronym: 'BNN' },
  { code: 'L-BNPT', name: 'Badan Nasional Penanggulangan Terorisme', type: 'lembaga', acronym: 'BNPT' },
  { code: 'L-BAKAMLA', name: 'Badan Keamanan Laut', type: 'lembaga', acronym: 'Bakamla' },
  { code: 'L-LKPP', name: 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah', type: 'lembaga', acronym: 'LKPP' },
  { code: 'L-PERPUSNAS', name: 'Perpustakaan Nasional Republik Indonesia', type: 'lembaga', acronym: 'Perpusnas' },
  { code: 'L-BPIP', name: 'Badan Pembinaan Ideologi Pancasila', type: 'lembaga', acronym: 'BPIP' },
  { code: 'L-BSN', name: 'Badan Standardisasi Nasional', type: 'lembaga', acronym: 'BSN' },
  { code: 'L-LEMHANNAS', name: 'Lembaga Ketahanan Nasional Republik Indonesia', type: 'lembaga', acronym: 'Lemhannas' },
  { code: 'L-BAPANAS', name: 'Badan Pangan Nasional', type: 'lembaga', acronym: 'Bapanas' },
  { code: 'L-BGN', name: 'Badan Gizi Nasional', type: 'lembaga', acronym: 'BGN' },
  { code: 'L-KPK', name: 'Komisi Pemberantasan Korupsi', type: 'lembaga', acronym: 'KPK' },
  { code: 'L-KEJAGUNG', name: 'Kejaksaan Agung Republik Indonesia', type: 'lembaga', acronym: 'Kejagung' },
  { code: 'L-POLRI', name: 'Kepolisian Negara Republik Indonesia', type: 'lembaga', acronym: 'Polri' },
  { code: 'L-TNI', name: 'Tentara Nasional Indonesia', type: 'lembaga', acronym: 'TNI' },
  { code: 'L-SETKAB', name: 'Sekretariat Kabinet', type: 'lembaga', acronym: 'Setkab' },
  { code: 'L-KSP', name: 'Kantor Staf Presiden', type: 'lembaga', acronym: 'KSP' },
  { code: 'L-ORI', name: 'Ombudsman Republik Indonesia', type: 'lembaga', acronym: 'ORI' },
  { code: 'L-KPU', name: 'Komisi Pemilihan Umum', type: 'lembaga', acronym: 'KPU' },
  { code: 'L-BAWASLU', name: 'Badan Pengawas Pemilihan Umum', type: 'lembaga', acronym: 'Bawaslu' },
];
