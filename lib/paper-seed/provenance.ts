import { RESPONDENT_COLUMNS } from "./columns";

type Bilingual = { id: string; en: string };

export const ILLUSTRATIVE_FIELDS = [
  "sc_trust_1",
  "sc_trust_2",
  "sc_reciprocity_1",
  "sc_reciprocity_2",
  "sc_norms_1",
  "sc_norms_2",
  "sc_networks_1",
  "sc_networks_2",
  "group_member",
  "savings_group",
  "meeting_attendance",
  "pktd_worker",
  "hi_program_support",
] as const;

/** Not published per respondent: always blank (unknown). */
export const UNKNOWN_FIELDS = ["age", "education", "hi_role", "former_migrant_worker"] as const;

const NOT_RECONSTRUCTED = new Set<string>([...ILLUSTRATIVE_FIELDS, ...UNKNOWN_FIELDS]);

/** Every other respondent column follows from the published tables (or the assumed split). */
export const RECONSTRUCTED_FIELDS = RESPONDENT_COLUMNS.filter((c) => !NOT_RECONSTRUCTED.has(c));

export const METHOD: Bilingual = {
  id:
    "Rekonstruksi deterministik dari tabel frekuensi yang dipublikasikan (tanpa bilangan acak). " +
    "Ke-101 responden diurutkan menurut peringkat kematangan usaha (1 = paling awal, 101 = paling maju). " +
    "Kategori setiap tabel berjenjang diletakkan berurutan di sepanjang peringkat itu, dari yang paling rendah, " +
    "dengan lebar sesuai jumlah yang dipublikasikan; karena itu jawaban satu responden saling cocok " +
    "(usaha baru berproduksi tidak kontinu, menjual di desa, tunai, dengan nilai tambah lebih rendah). " +
    "Pengecualian dicatat di asumsi. Dua sentra diselang-seling merata di sepanjang peringkat, dan ID responden " +
    "diacak dengan aturan tetap (posisi k × 23 mod n dalam sentra) sehingga ID tidak membawa urutan. " +
    "Setiap tabel 2 dan 4-21 terhitung persis; Tabel 3 dari persentasenya.",
  en:
    "Deterministic reconstruction from the published frequency tables (no random numbers). " +
    "The 101 respondents are ordered by a business-maturity rank (1 = least advanced, 101 = most advanced). " +
    "Each ordinal table's categories are laid along that rank as consecutive bands, least advanced first, " +
    "whose widths are the published counts, so one respondent's answers agree with each other " +
    "(a new business produces discontinuously, sells in the village, for cash, with less value added). " +
    "Exceptions are listed under assumptions. The two sentra are interleaved evenly along the rank, and " +
    "respondent ids are shuffled by a fixed rule (position k × 23 mod n within the sentra) so ids carry no order. " +
    "Every table 2 and 4-21 counts out exactly; Table 3 comes from its percentages.",
};

export const ASSUMPTIONS: Bilingual[] = [
  {
    id: "Pembagian responden per desa tidak dipublikasikan; diasumsikan 56 di Canti (CANTI-KERIPIK, keripik pisang) dan 45 di Wai Muli Timur (WMT-BAKSO, bakso ikan), diselang-seling merata menurut peringkat kematangan.",
    en: "The split by village is not published; assumed 56 in Canti (CANTI-KERIPIK, banana chips) and 45 in Wai Muli Timur (WMT-BAKSO, fish balls), interleaved evenly along the maturity rank.",
  },
  {
    id: "Tabel 3: jumlah 50/21/20 hanya berjumlah 91; dipakai persentasenya (70,93/14,89/14,18 % dari 101): pemerintah 72, swasta 15, komunitas 14. Label 'Government' dipertahankan; kode 'self' tidak dipakai walau teks menyebut inisiatif pelaku usaha.",
    en: "Table 3: the counts 50/21/20 sum to 91; its percentages are used instead (70.93/14.89/14.18 % of 101): government 72, private 15, community 14. The row label Government is kept; 'self' is not coded although the text speaks of the business actors' own initiative.",
  },
  {
    id: "Tabel 11: butir IR (0-3) merupakan pengganti terdokumentasi. Kesinambungan dari lama usaha × pola produksi (usaha < 1 tahun lebih rendah); legalitas 3 bagi pemilik izin, selain itu 1 (tercatat di pendataan IR desa); pasar mengikuti zona pemasaran; modal 1 untuk usaha < 1 tahun, selain itu 2 (tak ada bank di Tabel 21); tenaga kerja 2 (keluarga), 3 bagi penjual ke pelanggan tetap, 1 bagi nilai tambah terendah dan yang labanya turun; manajemen 2 (catatan sederhana), 3 bagi pemilik izin dan ketua forum. Hasil: IR1 2, IR2 91, IR3 8.",
    en: "Table 11: the IR items (0-3) are a documented stand-in. Continuity from business age × production pattern (lower under one year); legality 3 for permit holders, else 1 (listed in the village register of home-industry actors); market follows the marketing zone; capital 1 under one year, else 2 (no bank in Table 21); labour 2 (family helpers), 3 for sellers to regular customers, 1 for the lowest value added and the one whose profit fell; management 2 (simple notes), 3 for permit holders and the forum chair. Result: IR1 2, IR2 91, IR3 8.",
  },
  {
    id: "Jawaban bersama: 5 pemilik izin adalah produsen IR3 tertua yang kontinu dan menjual ke pelanggan tetap di luar kecamatan; satu-satunya penjual ke luar provinsi juga satu-satunya berorientasi ke luar kota, anggota paguyuban dengan dukungan pemerintah, perguruan tinggi dan dunia usaha; 12 tanpa kerja sama adalah usaha baru di sentra alami, 11 di antaranya menilai kelembagaan kurang mendukung; 1 anggota forum adalah ketua forum IR (IR3, belum berizin). Laba turun (1) dan stabil (5) ada pada usaha termuda dengan nilai tambah terendah.",
    en: "Joint answers: the 5 permit holders are the oldest continuous IR3 producers selling to regular customers outside the district; the single outside-province seller is also the single out-of-town orientation, a paguyuban member supported by government, college and business; the 12 without cooperation are new businesses in a natural sentra, 11 of whom find the institution of little support; the single forum member chairs the HI forum (IR3, no permit yet). The declining (1) and stable (5) profits sit with the youngest businesses with the lowest value added.",
  },
  {
    id: "Saluran: 9 pedagang keliling mengambil bakso ikan di Wai Muli Timur; 23 titip jual (kios, toko, dermaga Canti). Inisiator swasta (15) = kelompok yang dibentuk sekitar pembeli: 9 yang terhubung pedagang keliling dan 6 penjual ke pelanggan tetap; dunia usaha muncul di Tabel 21 bagi 11 (6 itu, 4 yang terhubung pedagang, dan produsen teratas). Inisiator komunitas (14) = ketua forum dan 13 anggota paguyuban. Perguruan tinggi (pendampingan Universitas Lampung) bagi 40 usaha mapan lainnya di peringkat 51-94.",
    en: "Channels: 9 traveling traders collect fish balls in Wai Muli Timur; 23 sell on consignment (kiosks, shops, the Canti pier). Private initiator (15) = groups formed around a buyer: the 9 trader-linked producers and 6 regular-customer sellers; business appears in Table 21 for 11 (those 6, 4 trader-linked ones and the top producer). Community initiator (14) = the forum chair and 13 paguyuban members. College (Universitas Lampung mentoring) for the 40 other established producers ranked 51-94.",
  },
  {
    id: "Tabel 9: baris kedua 'One's own' (n=1) dikodekan 'other' (produksi di rumah kerabat); 3 penyewa adalah usaha < 1 tahun; 1 'shared' memakai rumah produksi bersama paguyuban.",
    en: "Table 9: the second 'One's own' row (n=1) is coded 'other' (produces at a relative's house); the 3 renters are businesses under one year; the 1 'shared' uses the paguyuban's joint production house.",
  },
  {
    id: "Kolom yang tidak dipublikasikan per responden (usia, pendidikan, status dalam IR, pengalaman PMI) dibiarkan kosong; jenis izin 'none' bagi 96 tanpa izin dan kosong bagi 5 pemilik izin (jenisnya tidak disebut).",
    en: "Columns not published per respondent (age, education, role in the home industry, migrant-work experience) are left blank; permit_type is 'none' for the 96 without a permit and blank for the 5 holders (the paper does not name the permit).",
  },
  {
    id: "ILUSTRASI, bukan data makalah: butir Likert modal sosial, keanggotaan kelompok, arisan/tanggung renteng, kehadiran pertemuan, kerja PKTD dan dukungan program IR, disusun sesuai bagian 3.3 (gotong royong, forum pertemuan, simpan pinjam tanggung renteng, pelatihan dan pendampingan), dengan beberapa jawaban kosong. Juga ilustrasi: tahun berdiri sentra (makalah: 1-5 tahun) dan catatan PKTD 2018-2019 kedua desa (Wai Muli Timur: upah < 30 % nilai fisik; 2018 juga dikontrakkan).",
    en: "ILLUSTRATIVE, not from the paper: the social-capital Likert items, group membership, arisan/joint-liability savings, meeting attendance, PKTD work and home-industry programme support, built to match section 3.3 (mutual help, meeting forums, joint-liability savings and loans, training and mentoring), with some answers blank. Also illustrative: the sentra founding years (paper: 1-5 years old) and the 2018-2019 PKTD records of both villages (Wai Muli Timur: wages below 30 % of the physical work value; 2018 also contracted out).",
  },
];
