/**
 * Action-plan item templates per BerAKHLAK pillar, written the way agencies phrase the items of their
 * "Rencana Aksi Inovasi BerAKHLAK", plus the instrument criteria an evaluator checks per pillar.
 *
 * Titles may contain the placeholder `{unit}`, replaced by the seed with the responsible work unit's name.
 */
type PillarCode =
  | 'berorientasi-pelayanan'
  | 'akuntabel'
  | 'kompeten'
  | 'harmonis'
  | 'loyal'
  | 'adaptif'
  | 'kolaboratif'
  | 'bangga-melayani-bangsa';

export interface ItemTemplate {
  title: string;
  description: string;
  cadence: 'weekly' | 'monthly' | 'quarterly';
}

export interface CriterionTemplate {
  code: string;
  text: string;
}

export const ITEM_TEMPLATES: Readonly<Record<PillarCode, readonly ItemTemplate[]>> = {
  'berorientasi-pelayanan': [
    {
      title: 'Survei Kepuasan Masyarakat (SKM) atas layanan {unit}',
      description:
        'Melaksanakan survei kepuasan masyarakat secara berkala dan mempublikasikan hasil serta rencana tindak lanjut perbaikannya.',
      cadence: 'quarterly',
    },
    {
      title: 'Pojok layanan prioritas bagi lansia, penyandang disabilitas, dan ibu hamil',
      description:
        'Menyediakan loket dan ruang tunggu prioritas yang ramah kelompok rentan lengkap dengan petugas pendamping.',
      cadence: 'monthly',
    },
    {
      title: 'Pemutakhiran standar pelayanan dan maklumat pelayanan di ruang layanan',
      description:
        'Memperbarui standar pelayanan, alur, biaya, dan waktu layanan lalu memasangnya pada banner di ruang pelayanan dan laman resmi.',
      cadence: 'quarterly',
    },
    {
      title: 'Gerakan 5S (Senyum, Salam, Sapa, Sopan, Santun) petugas garda depan',
      description:
        'Membiasakan petugas layanan menyambut pengguna layanan dengan 5S yang dipantau melalui daftar periksa harian.',
      cadence: 'weekly',
    },
    {
      title: 'Pengelolaan pengaduan melalui SP4N-LAPOR! dengan respons maksimal 3x24 jam',
      description:
        'Menindaklanjuti setiap pengaduan dari SP4N-LAPOR!, WhatsApp, dan tatap muka serta melaporkan status penyelesaiannya setiap minggu.',
      cadence: 'weekly',
    },
    {
      title: 'Layanan jemput bola administrasi ke desa dan kelurahan',
      description:
        'Mendatangi desa dan kelurahan yang jauh dari kantor untuk melayani permohonan administrasi secara langsung sesuai jadwal.',
      cadence: 'monthly',
    },
    {
      title: 'Klinik konsultasi layanan publik setiap Jumat di {unit}',
      description:
        'Membuka sesi konsultasi tatap muka dan daring bagi masyarakat yang membutuhkan pendampingan dalam mengurus layanan.',
      cadence: 'weekly',
    },
    {
      title: 'Janji layanan dan kode etik petugas dipasang di setiap loket',
      description:
        'Menampilkan janji layanan, foto, dan nama petugas di setiap loket agar masyarakat mengetahui hak dan kanal pengaduannya.',
      cadence: 'quarterly',
    },
    {
      title: 'Forum Konsultasi Publik penyusunan dan evaluasi standar pelayanan',
      description:
        'Mengundang pengguna layanan, tokoh masyarakat, dan akademisi untuk membahas perbaikan standar pelayanan bersama pimpinan.',
      cadence: 'quarterly',
    },
    {
      title: 'Layanan informasi publik melalui PPID dan kanal media sosial resmi',
      description:
        'Menjawab permohonan informasi publik dan pertanyaan warganet melalui PPID serta akun media sosial resmi dalam hari kerja yang sama.',
      cadence: 'weekly',
    },
    {
      title: 'Layanan tanpa antre melalui pendaftaran daring dan nomor antrean elektronik',
      description:
        'Menyediakan pendaftaran layanan secara daring sehingga masyarakat dapat memilih jadwal kedatangan dan memantau antrean.',
      cadence: 'monthly',
    },
    {
      title: 'Penilaian mandiri kepatuhan standar pelayanan publik',
      description:
        'Melakukan penilaian mandiri atas kepatuhan terhadap standar pelayanan publik sebagai persiapan penilaian Ombudsman RI.',
      cadence: 'quarterly',
    },
  ],
  akuntabel: [
    {
      title: 'Publikasi laporan kinerja dan capaian indikator kinerja utama',
      description:
        'Menyajikan capaian indikator kinerja utama dan laporan kinerja instansi dalam bentuk infografis di laman resmi dan papan informasi.',
      cadence: 'quarterly',
    },
    {
      title: 'Pengendalian gratifikasi melalui Unit Pengendalian Gratifikasi (UPG)',
      description:
        'Menyosialisasikan kewajiban pelaporan gratifikasi dan merekap laporan penerimaan maupun penolakan gratifikasi setiap bulan.',
      cadence: 'monthly',
    },
    {
      title: 'Apel pagi dan pemantauan disiplin jam kerja berbasis presensi daring',
      description:
        'Memantau kehadiran dan ketepatan jam kerja pegawai dari unit terkecil sampai tingkat instansi melalui presensi daring.',
      cadence: 'weekly',
    },
    {
      title: 'Pembangunan Zona Integritas menuju WBK/WBBM di {unit}',
      description:
        'Melaksanakan rencana kerja enam area perubahan Zona Integritas dan melaporkan progresnya kepada tim penilai internal.',
      cadence: 'quarterly',
    },
    {
      title: 'Transparansi anggaran melalui infografis APBD/DIPA di papan informasi publik',
      description:
        'Mempublikasikan ringkasan pagu, realisasi anggaran, dan daftar kegiatan prioritas agar dapat diawasi masyarakat.',
      cadence: 'quarterly',
    },
    {
      title: 'Pemantauan kepatuhan pelaporan LHKPN dan LHKASN',
      description:
        'Memastikan seluruh pejabat wajib lapor dan pegawai menyampaikan LHKPN dan LHKASN tepat waktu dengan rekap kepatuhan per unit.',
      cadence: 'quarterly',
    },
    {
      title: 'Penerapan manajemen risiko dan Sistem Pengendalian Intern Pemerintah (SPIP)',
      description:
        'Menyusun register risiko setiap unit kerja dan memantau pelaksanaan rencana tindak pengendaliannya secara berkala.',
      cadence: 'quarterly',
    },
    {
      title: 'Kampanye antikorupsi "Saya ASN Berintegritas" melalui poster dan media sosial',
      description:
        'Memasang poster antikorupsi di area kantor dan mengunggah konten edukasi integritas di akun media sosial resmi.',
      cadence: 'monthly',
    },
    {
      title: 'Penatausahaan dan inventarisasi Barang Milik Negara/Daerah secara tertib',
      description:
        'Melakukan pencatatan, pelabelan, dan opname fisik barang milik negara/daerah agar digunakan secara bertanggung jawab dan efisien.',
      cadence: 'quarterly',
    },
    {
      title: 'Penandatanganan dan pemantauan perjanjian kinerja seluruh pegawai',
      description:
        'Memastikan setiap pegawai memiliki sasaran kinerja yang selaras dengan perjanjian kinerja pimpinan dan memantaunya setiap triwulan.',
      cadence: 'quarterly',
    },
    {
      title: 'Pengelolaan whistleblowing system untuk pelaporan pelanggaran',
      description:
        'Menyediakan saluran pelaporan pelanggaran yang menjamin kerahasiaan pelapor dan menindaklanjuti setiap laporan yang masuk.',
      cadence: 'monthly',
    },
    {
      title: 'Rapat evaluasi kinerja bulanan pimpinan bersama {unit}',
      description:
        'Membahas capaian kinerja, realisasi anggaran, dan kendala pelaksanaan kegiatan bersama pimpinan untuk menetapkan langkah perbaikan.',
      cadence: 'monthly',
    },
  ],
  kompeten: [
    {
      title: 'Program pengembangan kompetensi minimal 20 JP per pegawai per tahun',
      description:
        'Memantau pemenuhan 20 jam pelajaran pengembangan kompetensi setiap pegawai dan menyusun rencana pemenuhan bagi yang belum.',
      cadence: 'monthly',
    },
    {
      title: 'Coaching dan mentoring oleh atasan langsung kepada pegawai',
      description:
        'Menjadwalkan sesi coaching dan mentoring terstruktur antara atasan dan pegawai yang hasilnya dicatat dalam lembar pembinaan.',
      cadence: 'monthly',
    },
    {
      title: 'Berbagi ilmu (knowledge sharing) Jumat pagi di {unit}',
      description:
        'Pegawai yang baru mengikuti pelatihan atau tugas belajar membagikan materi dan pengalamannya kepada rekan kerja.',
      cadence: 'weekly',
    },
    {
      title: 'Pemetaan kompetensi dan penyusunan talent pool pegawai',
      description:
        'Memetakan kompetensi manajerial, sosial kultural, dan teknis pegawai sebagai dasar pengembangan karier dan manajemen talenta.',
      cadence: 'quarterly',
    },
    {
      title: 'Penyusunan kamus kompetensi perilaku BerAKHLAK instansi',
      description:
        'Merumuskan contoh perilaku kompetensi inti BerAKHLAK untuk setiap jenjang jabatan bersama perwakilan seluruh unit kerja.',
      cadence: 'quarterly',
    },
    {
      title: 'Pembelajaran daring melalui Learning Management System instansi',
      description:
        'Menyediakan modul pembelajaran mandiri di LMS instansi dan memantau jumlah pegawai yang menyelesaikan setiap modul.',
      cadence: 'monthly',
    },
    {
      title: 'Uji kompetensi dan sertifikasi jabatan fungsional',
      description:
        'Memfasilitasi pegawai mengikuti uji kompetensi dan sertifikasi teknis sesuai jabatan fungsional yang didudukinya.',
      cadence: 'quarterly',
    },
    {
      title: 'Magang dan detasering pegawai ke instansi dengan praktik baik',
      description:
        'Menugaskan pegawai belajar langsung di instansi atau unit unggulan dan mewajibkan rencana penerapan hasil magang.',
      cadence: 'quarterly',
    },
    {
      title: 'Bedah buku dan diskusi kebijakan bulanan',
      description:
        'Menggelar diskusi rutin membahas buku, regulasi baru, atau isu kebijakan yang berkaitan dengan tugas dan fungsi instansi.',
      cadence: 'monthly',
    },
    {
      title: 'Pelatihan pelayanan prima bagi petugas garda depan',
      description:
        'Meningkatkan keterampilan komunikasi, penanganan keluhan, dan etika pelayanan bagi petugas yang berhadapan langsung dengan masyarakat.',
      cadence: 'quarterly',
    },
    {
      title: 'Penerapan pola pembelajaran 70:20:10 dalam pengembangan pegawai',
      description:
        'Mengombinasikan pembelajaran di tempat kerja, pembelajaran sosial, dan pelatihan formal dalam rencana pengembangan setiap pegawai.',
      cadence: 'quarterly',
    },
    {
      title: 'Apresiasi pegawai berkinerja terbaik setiap bulan',
      description:
        'Memberikan penghargaan kepada pegawai dengan hasil kerja terbaik berdasarkan penilaian kinerja dan umpan balik rekan kerja.',
      cadence: 'monthly',
    },
  ],
  harmonis: [
    {
      title: 'Jumat Sehat: senam bersama dan olahraga rutin pegawai',
      description:
        'Menyelenggarakan senam dan olahraga bersama setiap Jumat pagi untuk menjaga kebugaran dan keakraban antarpegawai.',
      cadence: 'weekly',
    },
    {
      title: 'Doa bersama lintas agama dan peringatan hari besar keagamaan',
      description:
        'Melaksanakan doa bersama dan peringatan hari besar keagamaan yang melibatkan pegawai dari berbagai latar belakang.',
      cadence: 'monthly',
    },
    {
      title: 'Penyediaan ruang laktasi, ruang ibadah, dan fasilitas ramah disabilitas',
      description:
        'Menyediakan dan merawat fasilitas kantor yang menghargai kebutuhan setiap pegawai dan pengunjung apa pun latar belakangnya.',
      cadence: 'quarterly',
    },
    {
      title: 'Kotak saran dan survei iklim kerja pegawai',
      description:
        'Menghimpun masukan pegawai tentang suasana kerja secara anonim dan membahas tindak lanjutnya dalam rapat pimpinan.',
      cadence: 'quarterly',
    },
    {
      title: 'Program Peduli Sesama: takziah, menjenguk pegawai sakit, dan bantuan sosial',
      description:
        'Menggerakkan kepedulian antarpegawai melalui kunjungan, santunan, dan bantuan bagi pegawai atau keluarga yang tertimpa musibah.',
      cadence: 'monthly',
    },
    {
      title: 'Coffee morning pimpinan bersama pegawai {unit}',
      description:
        'Pimpinan berdialog santai dengan pegawai untuk mendengar aspirasi dan mempererat hubungan kerja lintas jenjang jabatan.',
      cadence: 'monthly',
    },
    {
      title: 'Layanan konseling dan kesehatan mental pegawai',
      description:
        'Menyediakan layanan konseling bekerja sama dengan psikolog untuk membantu pegawai mengelola stres dan masalah pribadi.',
      cadence: 'monthly',
    },
    {
      title: 'Apresiasi ulang tahun pegawai dan pelepasan purnabakti',
      description:
        'Memberikan ucapan ulang tahun pegawai serta menggelar acara pelepasan bagi pegawai yang memasuki masa purnabakti.',
      cadence: 'monthly',
    },
    {
      title: 'Pencegahan perundungan dan kekerasan seksual di lingkungan kerja',
      description:
        'Menyosialisasikan larangan perundungan dan kekerasan seksual serta menyediakan kanal pelaporan yang aman bagi korban.',
      cadence: 'quarterly',
    },
    {
      title: 'Gerakan Jumat Bersih untuk kantor yang bersih, hijau, dan nyaman',
      description: 'Membersihkan dan menata ruang kerja bersama-sama untuk membangun lingkungan kerja yang kondusif.',
      cadence: 'weekly',
    },
    {
      title: 'Family gathering dan kegiatan kebersamaan pegawai',
      description:
        'Menyelenggarakan kegiatan kebersamaan yang melibatkan pegawai dan keluarga untuk memperkuat rasa kekeluargaan.',
      cadence: 'quarterly',
    },
    {
      title: 'Pemasangan kode etik dan kode perilaku pegawai di setiap ruang kerja',
      description:
        'Menampilkan kode etik dan kode perilaku pegawai di setiap ruang kerja sebagai pengingat sikap saling menghargai.',
      cadence: 'quarterly',
    },
  ],
  loyal: [
    {
      title: 'Upacara Hari Kesadaran Nasional setiap tanggal 17',
      description:
        'Melaksanakan upacara bendera setiap tanggal 17 yang diikuti seluruh pegawai dengan pembacaan Panca Prasetya KORPRI.',
      cadence: 'monthly',
    },
    {
      title: 'Penguatan wawasan kebangsaan dan nilai-nilai Pancasila bagi ASN',
      description:
        'Menyelenggarakan pembinaan wawasan kebangsaan dan ideologi Pancasila bagi pegawai bekerja sama dengan BPIP atau Kesbangpol.',
      cadence: 'quarterly',
    },
    {
      title: 'Menyanyikan lagu Indonesia Raya sebelum apel pagi',
      description:
        'Membiasakan seluruh pegawai menyanyikan lagu Indonesia Raya pada apel pagi sebagai wujud kesetiaan kepada NKRI.',
      cadence: 'weekly',
    },
    {
      title: 'Ikrar netralitas ASN dan sosialisasi larangan politik praktis',
      description:
        'Menggelar penandatanganan pakta integritas netralitas ASN dan menyosialisasikan sanksi keterlibatan dalam politik praktis.',
      cadence: 'quarterly',
    },
    {
      title: 'Sosialisasi keamanan informasi dan kerahasiaan dokumen dinas',
      description:
        'Membekali pegawai cara menjaga rahasia jabatan, mengklasifikasikan dokumen, dan mengamankan akun serta perangkat kerja.',
      cadence: 'quarterly',
    },
    {
      title: 'Penggunaan seragam dan atribut KORPRI pada hari yang ditetapkan',
      description:
        'Memastikan seluruh pegawai mengenakan seragam dan atribut KORPRI sesuai ketentuan yang dipantau oleh atasan langsung.',
      cadence: 'weekly',
    },
    {
      title: 'Etika bermedia sosial untuk menjaga nama baik instansi',
      description:
        'Menyosialisasikan pedoman etika bermedia sosial bagi ASN dan memantau unggahan yang berpotensi merugikan nama baik instansi.',
      cadence: 'monthly',
    },
    {
      title: 'Pemasangan visi, misi, dan janji kinerja pimpinan di ruang publik {unit}',
      description:
        'Menampilkan visi, misi, dan janji kinerja pimpinan agar seluruh pegawai dan masyarakat memahami arah kebijakan instansi.',
      cadence: 'quarterly',
    },
    {
      title: 'Penegakan disiplin ASN sesuai PP Nomor 94 Tahun 2021',
      description:
        'Menindaklanjuti pelanggaran disiplin pegawai secara konsisten dan merekap hukuman disiplin yang dijatuhkan setiap bulan.',
      cadence: 'monthly',
    },
    {
      title: 'Kontra narasi hoaks terkait kebijakan pemerintah',
      description:
        'Meluruskan informasi keliru tentang program pemerintah melalui klarifikasi resmi di media sosial dan laman instansi.',
      cadence: 'weekly',
    },
    {
      title: 'Pembinaan bela negara dan kedisiplinan bagi CPNS dan PPPK',
      description:
        'Membekali pegawai baru dengan pembinaan mental, bela negara, dan kedisiplinan sebelum ditempatkan di unit kerja.',
      cadence: 'quarterly',
    },
    {
      title: 'Peringatan Hari Lahir Pancasila, HUT Kemerdekaan RI, dan HUT KORPRI',
      description:
        'Menyelenggarakan upacara dan kegiatan peringatan hari besar nasional yang melibatkan seluruh pegawai dan masyarakat.',
      cadence: 'quarterly',
    },
  ],
  adaptif: [
    {
      title: 'Digitalisasi layanan melalui aplikasi e-layanan {unit}',
      description:
        'Mengembangkan layanan permohonan secara daring sehingga masyarakat dapat mengajukan dan melacak permohonan tanpa datang ke kantor.',
      cadence: 'monthly',
    },
    {
      title: 'Penerapan naskah dinas elektronik (SRIKANDI) dan tanda tangan elektronik',
      description:
        'Mengalihkan surat-menyurat dinas ke aplikasi SRIKANDI dengan tanda tangan elektronik untuk mempercepat proses administrasi.',
      cadence: 'monthly',
    },
    {
      title: 'Lomba inovasi pegawai dan inkubasi ide perbaikan layanan',
      description:
        'Menjaring ide inovasi dari pegawai, mendampingi ide terpilih hingga diuji coba, dan memantau keberlanjutannya.',
      cadence: 'quarterly',
    },
    {
      title: 'Penerapan fleksibilitas kerja pegawai berbasis kinerja',
      description:
        'Mengatur fleksibilitas lokasi dan waktu kerja pegawai dengan tetap memantau capaian target kinerja secara terukur.',
      cadence: 'monthly',
    },
    {
      title: 'Pelatihan literasi digital dan pemanfaatan kecerdasan artifisial',
      description:
        'Meningkatkan kemampuan pegawai memanfaatkan perangkat digital dan kecerdasan artifisial secara aman dalam pekerjaan sehari-hari.',
      cadence: 'quarterly',
    },
    {
      title: 'Keikutsertaan inovasi unggulan pada Kompetisi Inovasi Pelayanan Publik (KIPP)',
      description:
        'Mendokumentasikan dan mendaftarkan inovasi unggulan instansi ke KIPP serta memastikan inovasi tetap berjalan setelah diluncurkan.',
      cadence: 'quarterly',
    },
    {
      title: 'Agen perubahan di setiap unit kerja',
      description:
        'Menetapkan agen perubahan di setiap unit kerja yang menggerakkan rekan kerja menerapkan nilai BerAKHLAK dan melaporkan aksinya.',
      cadence: 'monthly',
    },
    {
      title: 'Penyederhanaan proses bisnis dan SOP berbasis digital',
      description:
        'Meninjau ulang proses bisnis dan SOP untuk memangkas tahapan yang tidak perlu dan mengalihkannya ke sistem elektronik.',
      cadence: 'quarterly',
    },
    {
      title: 'Dasbor kinerja dan data layanan berbasis Satu Data',
      description:
        'Menyajikan data kinerja dan layanan yang diperbarui secara berkala dalam dasbor yang dapat diakses pimpinan dan publik.',
      cadence: 'monthly',
    },
    {
      title: 'Rencana keberlangsungan layanan saat bencana atau gangguan sistem',
      description:
        'Menyusun dan menguji prosedur agar layanan tetap berjalan ketika terjadi bencana, pemadaman listrik, atau gangguan sistem.',
      cadence: 'quarterly',
    },
    {
      title: 'Replikasi inovasi dari instansi lain hasil studi tiru',
      description:
        'Menindaklanjuti studi tiru dengan menerapkan dan menyesuaikan inovasi instansi lain, bukan berhenti pada kegiatan benchmarking.',
      cadence: 'quarterly',
    },
    {
      title: 'Konten kreatif layanan oleh tim humas muda',
      description:
        'Memproduksi video pendek, podcast, dan infografis yang menjelaskan perubahan layanan dengan bahasa yang mudah dipahami.',
      cadence: 'weekly',
    },
  ],
  kolaboratif: [
    {
      title: 'Rapat koordinasi lintas OPD tim budaya kerja BerAKHLAK',
      description:
        'Menyatukan pandangan tim budaya kerja lintas OPD dan membahas kemajuan rencana aksi setiap unit secara berkelanjutan.',
      cadence: 'monthly',
    },
    {
      title: 'Nota kesepahaman dengan perguruan tinggi untuk riset dan magang',
      description:
        'Menjalin kerja sama dengan perguruan tinggi untuk kajian kebijakan, magang mahasiswa, dan pendampingan inovasi.',
      cadence: 'quarterly',
    },
    {
      title: 'Layanan bersama lintas instansi di Mal Pelayanan Publik',
      description:
        'Membuka gerai layanan di Mal Pelayanan Publik bersama instansi lain sehingga masyarakat cukup datang ke satu lokasi.',
      cadence: 'monthly',
    },
    {
      title: 'Kolaborasi pentahelix dengan dunia usaha, akademisi, komunitas, dan media',
      description:
        'Melibatkan dunia usaha, akademisi, komunitas, dan media dalam merancang serta melaksanakan program prioritas instansi.',
      cadence: 'quarterly',
    },
    {
      title: 'Musyawarah perencanaan partisipatif bersama masyarakat',
      description:
        'Mengundang perwakilan masyarakat dan pemangku kepentingan untuk menyampaikan usulan dalam penyusunan rencana kerja.',
      cadence: 'quarterly',
    },
    {
      title: 'Berbagi pakai data antarunit melalui portal Satu Data',
      description:
        'Mempublikasikan data sektoral pada portal Satu Data agar dapat dimanfaatkan unit dan instansi lain tanpa permintaan berulang.',
      cadence: 'monthly',
    },
    {
      title: 'Tim kerja lintas fungsi untuk penyelesaian isu prioritas',
      description:
        'Membentuk tim kerja lintas fungsi yang menangani isu prioritas dengan target dan jadwal evaluasi yang jelas.',
      cadence: 'monthly',
    },
    {
      title: 'Kerja sama dengan BRIN dalam penyusunan dan uji coba instrumen evaluasi',
      description:
        'Berkonsultasi dengan BRIN dalam perumusan kerangka metode, pembuatan, dan uji coba instrumen evaluasi budaya kerja.',
      cadence: 'quarterly',
    },
    {
      title: 'Program tanggung jawab sosial bersama BUMN/BUMD',
      description:
        'Menggandeng BUMN/BUMD untuk mendukung peningkatan sarana layanan publik melalui program tanggung jawab sosial.',
      cadence: 'quarterly',
    },
    {
      title: 'Sinergi layanan {unit} dengan kecamatan dan desa/kelurahan',
      description:
        'Menyelaraskan jadwal dan prosedur layanan dengan kecamatan dan desa/kelurahan agar masyarakat terlayani tanpa berpindah kantor.',
      cadence: 'monthly',
    },
    {
      title: 'Kemitraan dengan media massa untuk publikasi program pemerintah',
      description:
        'Bekerja sama dengan media massa lokal dan nasional untuk menyebarluaskan program dan capaian instansi kepada masyarakat luas.',
      cadence: 'monthly',
    },
    {
      title: 'Bakti sosial lintas unit kerja bersama masyarakat',
      description:
        'Menggelar bakti sosial yang direncanakan dan dilaksanakan bersama lintas unit kerja dan komunitas setempat.',
      cadence: 'quarterly',
    },
  ],
  'bangga-melayani-bangsa': [
    {
      title: 'Kampanye #BanggaMelayaniBangsa melalui media sosial resmi',
      description:
        'Mengunggah konten tentang layanan dan pegawai instansi dengan tagar #BanggaMelayaniBangsa secara rutin di akun resmi.',
      cadence: 'weekly',
    },
    {
      title: 'Pemasangan banner dan poster core values BerAKHLAK di ruang publik',
      description:
        'Memasang dan memperbarui banner serta poster BerAKHLAK di area layanan, ruang kerja, dan titik strategis kantor.',
      cadence: 'monthly',
    },
    {
      title: 'Pemilihan Duta BerAKHLAK di setiap unit kerja',
      description:
        'Memilih pegawai teladan yang mencerminkan nilai BerAKHLAK sebagai duta yang menginspirasi dan mengampanyekan budaya kerja.',
      cadence: 'quarterly',
    },
    {
      title: 'Video testimoni ASN inspiratif',
      description:
        'Memproduksi video pendek kisah pegawai yang melayani dengan sepenuh hati dan menayangkannya di media sosial serta layar kantor.',
      cadence: 'monthly',
    },
    {
      title: 'ASN Goes to Campus: pengenalan karier ASN kepada mahasiswa',
      description:
        'Memperkenalkan peran dan karier ASN kepada mahasiswa sebagai bagian dari employer branding untuk menarik talenta terbaik.',
      cadence: 'quarterly',
    },
    {
      title: 'Yel-yel dan mars BerAKHLAK pada setiap apel pagi',
      description:
        'Menumbuhkan semangat dan kebanggaan pegawai dengan menyerukan yel-yel BerAKHLAK pada apel pagi setiap Senin.',
      cadence: 'weekly',
    },
    {
      title: 'Penghargaan bagi unit kerja dengan pelayanan terbaik',
      description:
        'Menilai dan memberikan penghargaan kepada unit kerja dengan kinerja pelayanan terbaik berdasarkan survei dan capaian kinerja.',
      cadence: 'quarterly',
    },
    {
      title: 'Galeri kisah sukses layanan di laman resmi {unit}',
      description:
        'Menayangkan kisah sukses layanan dan testimoni masyarakat di laman resmi agar publik mengenal manfaat layanan instansi.',
      cadence: 'monthly',
    },
    {
      title: 'Survei indeks BerAKHLAK dan tindak lanjut hasilnya',
      description:
        'Mengikuti survei keselarasan nilai, employee engagement, dan employer branding serta menetapkan target perbaikan dari hasilnya.',
      cadence: 'quarterly',
    },
    {
      title: 'Penggunaan twibbon dan tagar resmi pada setiap publikasi kegiatan',
      description:
        'Menyeragamkan identitas visual BerAKHLAK dan Bangga Melayani Bangsa pada setiap publikasi kegiatan instansi.',
      cadence: 'weekly',
    },
    {
      title: 'Open house kantor dan tur layanan untuk pelajar',
      description:
        'Membuka kantor bagi pelajar dan masyarakat untuk mengenal proses layanan dan keseharian ASN secara langsung.',
      cadence: 'quarterly',
    },
    {
      title: 'Internalisasi nilai BerAKHLAK pada orientasi CPNS dan PPPK',
      description:
        'Memasukkan materi core values BerAKHLAK dan employer branding dalam orientasi pegawai baru sebelum mulai bertugas.',
      cadence: 'quarterly',
    },
  ],
};

export const CRITERIA: Readonly<Record<PillarCode, readonly CriterionTemplate[]>> = {
  'berorientasi-pelayanan': [
    {
      code: 'BP-1',
      text: 'Standar pelayanan dan maklumat pelayanan tersedia, mutakhir, dan dipublikasikan di ruang layanan serta laman resmi.',
    },
    {
      code: 'BP-2',
      text: 'Terdapat kanal pengaduan yang aktif dengan tindak lanjut yang terdokumentasi dan batas waktu respons yang jelas.',
    },
    {
      code: 'BP-3',
      text: 'Hasil survei kepuasan masyarakat dianalisis dan ditindaklanjuti dengan perbaikan layanan yang nyata.',
    },
    {
      code: 'BP-4',
      text: 'Inovasi layanan terus berjalan setelah diluncurkan dan dipublikasikan secara rutin (mingguan atau bulanan).',
    },
  ],
  akuntabel: [
    {
      code: 'AK-1',
      text: 'Capaian kinerja dan realisasi anggaran dipublikasikan secara berkala dan dapat diakses masyarakat.',
    },
    {
      code: 'AK-2',
      text: 'Terdapat mekanisme pengendalian gratifikasi, benturan kepentingan, dan pelaporan pelanggaran yang berjalan.',
    },
    {
      code: 'AK-3',
      text: 'Disiplin jam kerja dipantau dari unit terkecil sampai tingkat instansi dengan data kehadiran yang dapat ditelusuri.',
    },
    {
      code: 'AK-4',
      text: 'Barang milik negara/daerah digunakan secara bertanggung jawab, efektif, dan efisien dengan penatausahaan yang tertib.',
    },
  ],
  kompeten: [
    {
      code: 'KO-1',
      text: 'Setiap pegawai memiliki rencana pengembangan kompetensi dan pemenuhan minimal 20 JP per tahun terpantau.',
    },
    {
      code: 'KO-2',
      text: 'Terdapat kegiatan saling belajar (coaching, mentoring, berbagi ilmu) yang terjadwal dan terdokumentasi.',
    },
    {
      code: 'KO-3',
      text: 'Hasil pengembangan kompetensi diterapkan dalam pekerjaan dan tercermin dalam peningkatan kualitas hasil kerja.',
    },
  ],
  harmonis: [
    {
      code: 'HA-1',
      text: 'Lingkungan kerja menghargai setiap orang apa pun latar belakangnya, dibuktikan dengan fasilitas dan kegiatan inklusif.',
    },
    {
      code: 'HA-2',
      text: 'Terdapat kegiatan kepedulian dan kebersamaan antarpegawai yang dilaksanakan secara rutin.',
    },
    {
      code: 'HA-3',
      text: 'Iklim kerja dipantau melalui survei atau kanal masukan pegawai dan hasilnya ditindaklanjuti pimpinan.',
    },
  ],
  loyal: [
    {
      code: 'LO-1',
      text: 'Terdapat kegiatan rutin penguatan ideologi Pancasila, UUD 1945, dan kesetiaan kepada NKRI serta pemerintahan yang sah.',
    },
    {
      code: 'LO-2',
      text: 'Instansi menjaga netralitas ASN dan nama baik sesama ASN, pimpinan, instansi, dan negara, termasuk di media sosial.',
    },
    {
      code: 'LO-3',
      text: 'Terdapat aturan dan sosialisasi menjaga rahasia jabatan dan keamanan informasi yang diterapkan di setiap unit.',
    },
  ],
  adaptif: [
    {
      code: 'AD-1',
      text: 'Instansi cepat menyesuaikan layanan dan cara kerja terhadap perubahan, termasuk melalui digitalisasi proses bisnis.',
    },
    {
      code: 'AD-2',
      text: 'Terdapat mekanisme penjaringan, uji coba, dan keberlanjutan inovasi, bukan sekadar peluncuran atau studi tiru.',
    },
    {
      code: 'AD-3',
      text: 'Pegawai didorong bertindak proaktif melalui agen perubahan dan ruang kreativitas yang difasilitasi pimpinan.',
    },
  ],
  kolaboratif: [
    {
      code: 'KL-1',
      text: 'Terdapat koordinasi lintas unit atau lintas OPD yang terjadwal dengan hasil dan tindak lanjut yang tercatat.',
    },
    {
      code: 'KL-2',
      text: 'Instansi terbuka bekerja sama dengan pihak eksternal (perguruan tinggi, dunia usaha, komunitas, media) yang menghasilkan nilai tambah.',
    },
    {
      code: 'KL-3',
      text: 'Sumber daya dan data dimanfaatkan bersama untuk tujuan bersama, misalnya melalui layanan terpadu atau Satu Data.',
    },
  ],
  'bangga-melayani-bangsa': [
    {
      code: 'BMB-1',
      text: 'Nilai BerAKHLAK dan Bangga Melayani Bangsa dipublikasikan melalui banner atau poster yang diperbarui setiap bulan atau minggu.',
    },
    {
      code: 'BMB-2',
      text: 'Publikasi menjangkau masyarakat luas melalui beberapa kanal (media sosial, media massa, daring), tidak hanya laman utama.',
    },
    {
      code: 'BMB-3',
      text: 'Terdapat program employer branding yang memperkenalkan karier ASN kepada calon talenta di luar instansi.',
    },
    {
      code: 'BMB-4',
      text: 'Hasil survei indeks BerAKHLAK dijadikan dasar penetapan target dan rencana aksi tahun berikutnya.',
    },
  ],
};
