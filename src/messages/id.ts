/**
 * Katalog bahasa Indonesia: bentuknya sama dengan src/messages/en.ts (diperiksa oleh TypeScript).
 * Istilah resmi SPBE (domain, aspek, indikator, predikat dan namanya, penjelasan, bukti dukung) tetap.
 */
import type { ActualValue } from '../core/findings.js';
import type { en, GateMessages, Messages } from './en.js';

/** Every phrase takes exactly the parameters of its English twin: a misspelt one does not compile. */
type Phrases = { [K in keyof typeof en.phrases]: (typeof en.phrases)[K] };
const list = (value: unknown): string => String(value ?? '');

const GROUP = { domain: 'domain', aspect: 'aspek', indicator: 'indikator' } as const;
const TYPES: Record<string, string> = { integer: 'bilangan bulat', number: 'angka', string: 'teks', object: 'pemetaan (mapping)', array: 'daftar', boolean: 'true atau false', null: 'kosong' };

export function pathText(path: unknown): string {
  const segments = list(path).split('.').filter(Boolean);
  if (segments[0] === 'indicators' && segments.length >= 2) {
    const rest = segments.slice(2);
    return rest.length === 0 ? `indikator ${segments[1]}` : `${rest.join('.')} pada indikator ${segments[1]}`;
  }
  return segments.length === 0 ? 'penilaian' : segments.join('.');
}

function valueText(p: ActualValue): string {
  switch (p.actualKind) {
    case 'empty': return 'kosong';
    case 'list': return 'sebuah daftar';
    case 'mapping': return 'sebuah pemetaan';
    default: return list(p.actual);
  }
}

export function reason(code: unknown): string {
  return ({ ENOENT: 'berkas tidak ada', EACCES: 'akses ditolak', EPERM: 'akses ditolak', EISDIR: 'itu sebuah folder', ELOOP: 'terlalu banyak tautan simbolik', FILE_TOO_LARGE: 'melebihi batas --max-file-size', NOT_UTF8: 'bukan teks UTF-8', NOT_REGULAR: 'bukan berkas biasa (perangkat, FIFO atau soket)' } as Record<string, string>)[list(code)] ?? list(code);
}

const messages: Messages = {
  FILE_UNREADABLE: (p) => `berkas tidak dapat dibaca: ${reason(p.reason)}`,
  FILE_TOO_LARGE: (p) => `ukuran berkas ${list(p.size)} byte, melebihi batas ${list(p.limit)} byte (--max-file-size)`,
  NOT_UTF8: (p) => (p.encoding ? `berkas ini berenkode ${list(p.encoding)}; simpan sebagai UTF-8` : 'berkas ini bukan teks UTF-8 yang sah'),
  EMPTY_FILE: () => 'berkas tidak berisi penilaian (kosong atau hanya komentar)',
  YAML_SYNTAX: (p) => `kesalahan sintaks YAML: ${list(p.detail)}`,
  YAML_TAB_INDENT: () => 'YAML tidak boleh diindentasi dengan tab; gunakan spasi',
  DUPLICATE_KEY: (p) => `kunci ${list(p.key)} muncul dua kali: setiap kunci hanya boleh muncul sekali`,
  MULTIPLE_DOCUMENTS: () => 'berkas berisi lebih dari satu dokumen YAML; satu penilaian per berkas',
  ALIAS_LIMIT: (p) => `terlalu banyak alias YAML (lebih dari ${list(p.limit)}); berkas penilaian tidak memerlukannya`,
  UNKNOWN_ALIAS: (p) => `alias *${list(p.alias)} tidak merujuk ke jangkar (&${list(p.alias)}) mana pun sebelumnya`,
  TOO_DEEP: (p) => `YAML bersarang lebih dari ${list(p.limit)} tingkat; sebuah penilaian cukup sekitar 5`,
  TOO_MANY_NODES: (p) => `YAML memuat lebih dari ${list(p.limit)} bagian (kunci, nilai, pemisah, komentar dan baris baru; sebuah alias dihitung sebanyak isi yang diwakilinya); sebuah penilaian cukup beberapa ribu`,
  FINDINGS_OMITTED: (p) => `${list(p.count)} temuan ${list(p.code)} lain dalam berkas ini tidak dicantumkan`,
  INTERNAL_ERROR: (p) => `kesalahan internal saat memeriksa berkas ini (${list(p.detail)}); berkas lain tetap diperiksa; mohon laporkan`,
  NOT_A_MAPPING: () => 'penilaian harus berupa pemetaan YAML (framework, year, agency, indicators, ...)',
  MISSING_FIELD: (p) => (p.path ? `${pathText(p.path)} memerlukan isian "${list(p.field)}"` : `isian wajib "${list(p.field)}" tidak ada`),
  UNKNOWN_FIELD: (p) => `isian "${list(p.field)}" tidak dikenal${p.allowed ? `; yang dikenal: ${list(p.allowed)}` : ''}`,
  WRONG_TYPE: (p) => `${pathText(p.path)} harus berupa ${TYPES[list(p.expected)] ?? list(p.expected)}, bukan ${valueText(p)}`,
  INVALID_VALUE: (p) => `${pathText(p.path)} harus salah satu dari: ${list(p.allowed)}`,
  INVALID_FORMAT: (p) =>
    `${pathText(p.path)} ${p.rule === 'slug' ? 'harus berupa slug dari huruf kecil, angka, dan tanda hubung (mis. kota-banjarbaru)' : p.rule === 'empty' ? 'tidak boleh kosong' : `harus cocok dengan ${list(p.pattern)}`}`,
  OUT_OF_RANGE: (p) => `${pathText(p.path)} harus ${p.bound === 'min' ? '>=' : '<='} ${list(p.limit)}, bukan ${valueText(p)}`,
  SCHEMA_VIOLATION: (p) => `${pathText(p.path)}: ${list(p.detail)}`,
  LEVEL_NOT_INTEGER: (p) => `level indikator ${list(p.indicator)} harus bilangan bulat ${list(p.min)} sampai ${list(p.max)}, bukan ${valueText(p)}`,
  LEVEL_OUT_OF_SCALE: (p) => `level ${list(p.value)} pada indikator ${list(p.indicator)} di luar skala ${list(p.framework)} (${list(p.min)}..${list(p.max)})`,
  LEVEL_NOT_A_VALUE: (p) => `nilai indikator ${p.indicator} harus angka dari ${p.min} sampai ${p.max} (desimal seperti 1.26 atau pecahan seperti "7/6"), bukan ${valueText(p)}`,
  EXTERNAL_NOT_ALLOWED: (p) => `indikator ${p.indicator} pada ${p.framework} tidak dinilai dari indeks instansi lain`,
  EXTERNAL_WAITING: (p) => `indikator ${p.indicator} menunggu nilai eksternal (${p.source}): dihitung ${p.min} sampai nilainya tersedia`,
  EXTERNAL_VALUE_MISSING: (p) => `indikator ${p.indicator} berstatus final dari indeks lain: isi external.value`,
  EXTERNAL_MISMATCH: (p) => `indikator ${p.indicator} berlevel ${p.level}, tetapi skor eksternalnya ${p.score} setara dengan ${p.converted}`,
  EVIDENCE_CODE_MISMATCH: (p) => `butir bukti dukung ${p.code} tidak pada tempatnya: kodenya harus menyebut indikator ${p.indicator} dan level 1 sampai ${p.max}`,
  EVIDENCE_CODE_DUPLICATE: (p) => `butir bukti dukung ${p.code} muncul lebih dari sekali`,
  MISSING_INDICATOR: (p) => `indikator ${list(p.indicators)} dari ${list(p.framework)} belum diisi; setiap indikator memerlukan level`,
  UNKNOWN_INDICATOR: (p) => `${list(p.framework)} tidak memiliki indikator ${list(p.indicator)} (indikatornya ${list(p.range)})`,
  UNKNOWN_FRAMEWORK: (p) => `kerangka "${list(p.framework)}" tidak dikenal; kerangka bawaan: ${list(p.available)}`,
  NO_FRAMEWORK_FOR_YEAR: (p) => `tidak ada kerangka bawaan untuk tahun ${list(p.year)}; isi "framework" (bawaan: ${list(p.available)})`,
  FRAMEWORK_FALLBACK: (p) => `belum ada kerangka bawaan untuk ${list(p.year)}; dinilai dengan ${list(p.framework)}`,
  FRAMEWORK_YEAR_MISMATCH: (p) => `${list(p.framework)} berlaku untuk ${list(p.years)}, bukan ${list(p.year)}`,
  SERVICES_NOT_ALLOWED: (p) => `indikator ${list(p.indicator)} dinilai sekali, bukan per layanan`,
  TOO_MANY_SERVICES: (p) => `indikator ${list(p.indicator)} menerima paling banyak ${list(p.max)} layanan, bukan ${list(p.count)}`,
  PREVIOUS_UNREADABLE: (p) => `penilaian tahun sebelumnya ${list(p.path)} tidak dapat dibaca: ${reason(p.reason)}`,
  PREVIOUS_INVALID: (p) => `penilaian tahun sebelumnya ${list(p.path)} tidak sah (${list(p.count)} kesalahan; periksa dengan spbe validate)`,
  PREVIOUS_NOT_EARLIER: (p) => `penilaian sebelumnya untuk tahun ${list(p.previousYear)}, bukan tahun sebelum ${list(p.year)}`,
  UNKNOWN_PREDICATE: (p) => `"${list(p.predicate)}" bukan predikat ${list(p.framework)} (${list(p.available)})`,
  EVIDENCE_MISSING: (p) => `indikator ${list(p.indicator)} mengklaim level ${list(p.level)} tanpa bukti dukung (evidence)`,
  EXPLANATION_MISSING: (p) => `indikator ${list(p.indicator)} mengklaim level ${list(p.level)} tanpa penjelasan (explanation)`,
  SELF_OVERCLAIM: (p) => `level penilaian mandiri ${list(p.self)} pada indikator ${list(p.indicator)} ${list(p.gap)} tingkat di atas level akhir ${list(p.level)}`,
  TARGET_BELOW_LEVEL: (p) => `target ${list(p.target)} pada indikator ${list(p.indicator)} di bawah levelnya ${list(p.level)}`,
  EFFORT_NOT_MAPPING: () => 'seharusnya pemetaan nomor indikator ke upaya satu kenaikan level',
  EFFORT_NOT_POSITIVE: (p) => `upaya untuk ${list(p.indicator)} harus bilangan positif`,
  INVALID_WEIGHT: (p) => `${pathText(p.path)} harus desimal positif, pecahan seperti "20/6", atau "equal"`,
  INVALID_DECIMAL: (p) => `${pathText(p.path)} harus berupa desimal`,
  FRAMEWORK_WEIGHT_INVALID: (p) => `bobot ${list(p.weight)} bukan desimal atau pecahan positif`,
  FRAMEWORK_EQUAL_SHARE_EMPTY: () => 'tidak ada sisa bobot induk untuk bagian "equal"',
  FRAMEWORK_WEIGHT_SUM: (p) => `jumlah bobot ${GROUP[p.what]}${p.parent ? ` pada ${GROUP[p.parent]} ${list(p.parentId)}` : ''} ${p.total}, bukan ${p.expected}`,
  FRAMEWORK_DUPLICATE_ID: (p) => `nomor ${GROUP[p.what]} ${list(p.id)} muncul lebih dari sekali`,
  FRAMEWORK_SCALE: () => 'batas bawah skala harus lebih kecil dari batas atasnya',
  FRAMEWORK_LEVEL_NAMES_UNDEFINED: (p) => `nama level "${list(p.key)}" tidak didefinisikan di /scale/levelNames`,
  FRAMEWORK_LEVEL_NAME_MISSING: (p) => `nama level "${list(p.key)}" tidak memiliki nama untuk level ${list(p.level)}`,
  FRAMEWORK_BAND_NOT_DECIMAL: (p) => `${list(p.value)} bukan desimal`,
  FRAMEWORK_BAND_ORDER: () => 'rentang predikat harus diurutkan dari batas bawah tertinggi ke terendah',
  FRAMEWORK_BAND_LOWEST: (p) => `rentang terendah harus mulai pada atau di bawah batas bawah skala ${list(p.min)}`,
};

const gates: GateMessages = {
  GATE_FAIL_UNDER: (p) => `Indeks ${list(p.index)} di bawah --fail-under ${list(p.limit)}`,
  GATE_FAIL_UNDER_DOMAIN: (p) => `domain ${list(p.domain)} ${list(p.name)} ${list(p.index)} di bawah --fail-under-domain ${list(p.domain)}=${list(p.limit)}`,
  GATE_MAX_DROP: (p) => `indeks turun ${list(p.drop)} dari ${list(p.previousYear)}, lebih dari --max-drop ${list(p.limit)}`,
};

const phrases: Phrases = {
  decompositionLevels: (p) =>
    `Dari ${list(p.fromYear)} (${list(p.fromCount)} indikator, ${list(p.fromFramework)}) ke ${list(p.toYear)} (${list(p.toCount)} indikator, ${list(p.toFramework)}) indeks berubah ${list(p.change)}: ` +
    `${list(p.sharedChange)} adalah perubahan sebanding pada ${list(p.shared)} indikator yang ada di kedua kerangka (dinilai ulang dengan bobot ${list(p.toFramework)}), ` +
    `${list(p.addedEffect)} berasal dari ${list(p.added)} indikator baru di ${list(p.toFramework)}${p.newDomains ? ` (termasuk domain ${list(p.newDomains)})` : ''}${p.newAspects ? ` (termasuk aspek ${list(p.newAspects)})` : ''}, ` +
    `dan ${list(p.droppedEffect)} dari sisi ${list(p.fromYear)}: ${list(p.dropped)} indikator yang tidak ada lagi di ${list(p.toFramework)}, serta bobot lama.`,
  decompositionPublished: (p) =>
    `Dari ${list(p.fromYear)} (${list(p.fromFramework)}) ke ${list(p.toYear)} (${list(p.toFramework)}) indeks berubah ${list(p.change)}: ` +
    `${list(p.addedEffect)} berasal dari ${list(p.added)} indikator baru di ${list(p.toFramework)}${p.newDomains ? ` (termasuk domain ${list(p.newDomains)})` : ''}${p.newAspects ? ` (termasuk aspek ${list(p.newAspects)})` : ''}; ` +
    `sisanya ${list(p.sharedAndDropped)} mencampur perubahan sebanding dengan susunan kerangka lama, yang hanya dapat dipisahkan dengan level indikator ${list(p.fromYear)} (presisi lebih rendah: indeks ${list(p.fromYear)} hanya diketahui 2 desimal).`,
  crosswalkAssumption: (p) =>
    `Padanan dari ${list(p.fromFramework)} ke ${list(p.toFramework)} adalah asumsi analis, bukan terbitan KemenPANRB; indikator yang dipadankan dengan beberapa indikator lama dibandingkan dengan rata-rata level indikator-indikator itu.`,
  projectionNote: (p) =>
    `Proyeksi, bukan hasil evaluasi: hasil ${list(p.year)} ${list(p.fromFramework)} (${list(p.index)} ${list(p.predicate)}) dibawa ke ${list(p.toFramework)} melalui ${p.status === 'assumption' ? 'padanan (crosswalk) susunan analis (asumsi, bukan terbitan KemenPANRB)' : 'padanan (crosswalk)'}. ` +
    `Setiap indikator bernilai rata-rata level indikator padanannya` +
    `${Number(p.count) === 0 ? '' : `; ${list(p.count)} indikator tanpa padanan (${list(p.indicators)}: ${list(p.weight)} % dari indeks) dihitung ${list(p.min)}`}.`,
  projectedFrom: (p) => `proyeksi dari ${list(p.fromFramework)} ${list(p.index)} ${list(p.predicate)}`,
  projectionNoCrosswalk: (p) => `--project-to: ${list(p.file)} dinilai dengan ${list(p.fromFramework)}, dan tidak ada padanan (crosswalk) darinya ke ${list(p.toFramework)}`,
  notLikeForLike: (p) =>
    `${list(p.fromYear)} dinilai dengan ${list(p.fromFramework)} dan ${list(p.toYear)} dengan ${list(p.toFramework)}: indeksnya tidak sebanding, sehingga perubahannya mencampur kemajuan nyata dengan pergantian kerangka.`,
  predicateBasisShort: (p) => `predikat dari indeks ${p.basis === 'exact' ? 'eksak' : 'bulat'}; dari indeks ${p.other === 'exact' ? 'eksak' : 'bulat'}: ${list(p.otherPredicate)}`,
  formatCannotShow: (p) => `--format ${list(p.format)} tidak dapat menampilkan ${list(p.parts)}; --format table, text atau json menampilkannya`,
  predicateBasis: (p) => `Predikat ${list(p.predicate)} ditetapkan dari indeks ${p.basis === 'exact' ? 'eksak' : 'bulat'}; dari indeks ${p.other === 'exact' ? 'eksak' : 'bulat'} (--predicate-basis ${list(p.other)}) predikatnya ${list(p.otherPredicate)}.`,
  provisional: (p) => `${list(p.framework)} bersifat sementara: sebagian faktanya berasal dari sumber sekunder (spbe framework show ${list(p.framework)})`,
  summary: (p) => {
    const extra = [p.errors ? `${list(p.errors)} kesalahan` : '', p.warnings ? `${list(p.warnings)} peringatan` : ''].filter(Boolean).join(', ');
    return `${list(p.files)} berkas: ${list(p.valid)} sah, ${list(p.invalid)} tidak sah${extra ? ` (${extra})` : ''}`;
  },
  fromYear: (p) => `${list(p.change)} dari ${list(p.year)}`,
  selfSummary: (p) =>
    `Penilaian mandiri: ${list(p.index)} ${list(p.predicate)} (${list(p.delta)} terhadap nilai akhir ${list(p.final)}); ${list(p.over)} klaim berlebih, ${list(p.under)} klaim kurang dari ${list(p.count)} indikator.`,
  evidenceSummary: (p) =>
    `Dari bukti dukung yang diterima: ${p.index} ${p.predicate} (${p.delta} terhadap nilai asesor ${p.final}); bukti dukung memberi nilai lebih rendah pada ${p.under} indikator dan lebih tinggi pada ${p.over} dari ${p.count} indikator yang memiliki butir bukti dukung.`,
  waitingExternal: (p) => `Menunggu nilai eksternal dari indeks instansi lain: indikator ${p.indicators}, dihitung ${p.min} sampai nilainya tersedia.`,
  targetSummary: (p) => `Target: ${list(p.index)} ${list(p.predicate)} (${list(p.delta)} dari ${list(p.final)}); ${list(p.over)} indikator perlu dinaikkan.`,
  marginNext: (p) => `Jarak: ${list(p.above)} di atas batas bawah ${list(p.predicate)} (${list(p.floor)}); kurang ${list(p.short)} untuk ${list(p.next)} (${list(p.nextFloor)}).`,
  marginTop: (p) => `Jarak: ${list(p.above)} di atas batas bawah ${list(p.predicate)} (${list(p.floor)}); predikat tertinggi.`,
  whatIf: (p) => `${list(p.indexName)} ${list(p.from)} → ${list(p.to)} (${list(p.delta)}), predikat ${list(p.fromPredicate)} → ${list(p.toPredicate)}`,
  planAlready: () => 'Sudah tercapai: tidak perlu langkah apa pun.',
  planUnreachable: (p) => `Tidak tercapai dengan batasan ini. Hasil terbaik yang dapat dicapai memakai semua ${list(p.count)} langkah yang diizinkan:`,
  planFewest: (p) => `Langkah paling sedikit: ${list(p.steps)} langkah pada ${list(p.indicators)} indikator.`,
  planEffort: (p) => `Upaya total paling kecil: ${list(p.effort)}: ${list(p.steps)} langkah pada ${list(p.indicators)} indikator.`,
  planConstraints: (p) => `paling banyak naik ${list(p.maxStep)} level per indikator${p.only ? `; hanya ${list(p.only)}` : ''}${p.exclude ? `; tanpa indikator ${list(p.exclude)}` : ''}; predikat dari indeks ${p.basis === 'exact' ? 'eksak' : 'bulat'}`,
  planProjected: (p) => `Proyeksi: ${list(p.index)} ${list(p.predicate)} (eksak ${list(p.exact)}); domain ${list(p.groups)}`,
  planProjectedAspects: (p) => `Proyeksi: ${p.index} ${p.predicate} (eksak ${p.exact}); aspek ${p.groups}`,
  evidencePlanMode: () => 'Direncanakan atas butir bukti dukung: indikator dihitung pada level buktinya (suatu level hanya bila semua butir utamanya dan butir utama setiap level di bawahnya diterima).',
  evidencePlanBaseline: (p) => `Pada level bukti saat ini: ${list(p.index)} ${list(p.predicate)}.`,
  evidencePlanFewest: (p) => `Butir bukti paling sedikit: ${list(p.items)} butir perlu diterima pada ${list(p.indicators)} indikator.`,
  evidencePlanEffort: (p) => `Upaya total paling kecil: ${list(p.effort)}: ${list(p.items)} butir perlu diterima pada ${list(p.indicators)} indikator.`,
  evidencePlanUnreachable: (p) => `Tidak tercapai dengan butir yang ada. Hasil terbaik yang dapat dicapai memerlukan ${list(p.items)} butir diterima:`,
  evidencePlanTooLarge: (p) => `Tidak direncanakan: dengan upaya ini tabel pencarian eksak melebihi ${list(p.limit)} sel; gunakan upaya yang lebih sederhana (lebih sedikit penyebut berbeda).`,
  reportPlan: (p) => `Menaikkan ${list(p.count)} indikator ini masing-masing satu level (langkah paling sedikit, dihitung dengan pencarian eksak) membawa indeks ke ${list(p.index)} ${list(p.predicate)}.`,
  reportPlanUnreachable: (p) => `${list(p.target)} tidak tercapai dalam satu tahun dengan kenaikan satu level; menaikkan semua indikator satu level menghasilkan ${list(p.index)}.`,
  reportTop: (p) => `${list(p.predicate)} adalah predikat tertinggi.`,
  reportFooter: (p) => `Dihitung oleh spbe ${list(p.version)} dengan aritmetika eksak; nilai yang dipublikasikan adalah nilai eksak yang dibulatkan setengah ke atas menjadi 2 desimal.`,
  reportSince: (p) => `${list(p.change)} sejak ${list(p.year)} (${list(p.index)} ${list(p.predicate)})`,
  reportMany: (p) => `SPBE: ${list(p.count)} penilaian`,
  reportStats: (p) => `Rata-rata ${list(p.mean)} · median ${list(p.median)} · dari ${list(p.min)} sampai ${list(p.max)}`,
  scored: (p) => `${list(p.count)} dinilai: ${list(p.predicates)}`,
  selfStatsTitle: (p) => `Penilaian mandiri terhadap level akhir (${list(p.agencies)} instansi dengan level mandiri)`,
  initHeader: (p) => `Penilaian SPBE: ${list(p.agency)}, ${list(p.year)}, ${list(p.framework)}.`,
  initFill: (p) => `Ganti setiap ~ dengan level (${list(p.min)}..${list(p.max)}); level yang kosong gagal divalidasi. Tambahkan`,
  initEvidence: () => 'penjelasan (explanation) dan bukti dukung (evidence) untuk setiap level 2 ke atas.',
  initServices: (p) => `satu level per layanan publik sampel, paling banyak ${list(p.max)}`,
  initExternal: (p) => `menunggu nilai dari indeks instansi lain: dihitung ${p.min}; isi status: final dan value bila sudah tersedia`,
  initWrote: (p) => `${list(p.file)} ditulis: ${list(p.count)} indikator untuk diisi`,
  invalidSideFile: (p) => `${({ config: 'konfigurasi', framework: 'berkas kerangka', effort: 'berkas upaya' } as Record<string, string>)[list(p.kind)]} tidak sah:`,
  cannotRead: (p) => `${list(p.path)} tidak dapat dibaca: ${reason(p.reason)}`,
  cannotWrite: (p) => `${list(p.path)} tidak dapat ditulis: ${reason(p.reason)}`,
  noMatch: (p) => `tidak ada berkas penilaian yang cocok dengan ${list(p.pattern)}`,
  noYamlIn: (p) => `tidak ada berkas *.yaml atau *.yml di ${list(p.path)}`,
  whatIfUnknownIndicator: (p) => `--what-if: ${p.framework} (${p.file}) tidak memiliki indikator ${p.indicator}`,
  whatIfPerService: (p) => `--what-if: indikator ${p.indicator} pada ${p.framework} dinilai per layanan; ubah layanannya di berkas`,
  whatIfOffScale: (p) => `--what-if: level ${p.level} pada indikator ${p.indicator} di luar skala ${p.framework} (${p.min}..${p.max})`,
  needsOutputFile: (p) => `--format ${p.format} menulis workbook: sebutkan berkasnya dengan -o FILE.${p.format}`,
  unknownFrameworkOption: (p) => `kerangka "${p.framework}" tidak dikenal`,
  frameworkHint: (p) => `kerangka bawaan: ${p.available}; atau sebutkan jalur berkas kerangka`,
  targetInvalid: (p) => `--target "${p.target}" bukan predikat ${p.framework} dan bukan indeks dari ${p.min} sampai ${p.max}`,
  predicateHint: (p) => `predikat: ${p.predicates}`,
  noSuchGroup: (p) => `${p.option}: ${p.framework} tidak memiliki ${p.group} ${p.id}`,
  yearInvalid: (p) => `--year ${p.year} bukan tahun evaluasi`,
  noFrameworkForYear: (p) => `tidak ada kerangka bawaan untuk ${p.year}; sebutkan --framework`,
  perService: (p) => `per layanan, paling banyak ${p.max}`,
  exists: (p) => `${list(p.path)} sudah ada; gunakan --force untuk menimpanya`,
};

const ui: typeof en.ui = {
  assessor: 'Asesor',
  evidenceLevel: 'Level bukti dukung',
  holdingUp: 'Penghambat level berikutnya',
  noItemsListed: 'belum ada butir utama untuk level berikutnya',
  domain: 'Domain',
  weight: 'Bobot',
  index: 'Indeks',
  change: 'Perubahan',
  predikat: 'Predikat',
  agency: 'Instansi',
  year: 'Tahun',
  file: 'Berkas',
  level: 'Level',
  levelName: 'Nama level',
  contribution: 'Kontribusi',
  gain: 'Kenaikan',
  effort: 'Upaya',
  aspek: 'Aspek',
  indikator: 'Indikator',
  final: 'Akhir',
  self: 'Mandiri',
  target: 'Target',
  difference: 'Selisih',
  gap: 'Kesenjangan',
  over: 'Lebih',
  under: 'Kurang',
  toRaise: 'Dinaikkan',
  agencies: 'Instansi',
  indicators: 'Indikator',
  overClaims: 'Klaim berlebih',
  rate: 'Tingkat',
  underClaims: 'Klaim kurang',
  mean: 'rata-rata',
  median: 'median',
  min: 'min',
  max: 'maks',
  decomposition: 'penguraian perubahan lintas kerangka',
  note: 'Catatan',
  gate: 'gerbang',
  error: 'kesalahan',
  warning: 'peringatan',
  info: 'info',
  whatIf: 'Bagaimana jika',
  sensitivity: 'Sensitivitas',
  sensitivityIntro: 'kenaikan indeks dari satu level tambahan, terbesar lebih dulu',
  plusOneLevel: '+1 level',
  target_: 'Target',
  selfDiffers: 'Indikator yang level mandirinya berbeda',
  toRaiseList: 'Indikator yang perlu dinaikkan',
  none: 'tidak ada',
  domains: 'domain',
  summary: 'Ringkasan',
  findings: 'Temuan',
  location: 'Lokasi',
  severity: 'Tingkat',
  message: 'Pesan',
  code: 'Kode',
  spbeIndex: 'Indeks SPBE',
  domainIndices: 'Indeks domain',
  aspectIndices: 'Indeks aspek',
  overTheYears: 'dari tahun ke tahun',
  nextPredicate: 'Predikat berikutnya',
  planTo: 'Rencana menuju',
  penjelasan: 'Penjelasan',
  buktiDukung: 'Bukti dukung',
  ranking: 'Peringkat',
  perPredicate: 'Instansi per predikat',
  domainAverages: 'Rata-rata domain',
  provisionalFramework: 'kerangka sementara',
  noValidAssessment: 'Tidak ada penilaian yang sah',
  frameworkLabels: { id: 'id', title: 'judul', regulation: 'regulasi', citation: 'rujukan', status: 'status', years: 'tahun', levels: 'level', levelNames: 'nama level', predikat: 'predikat', note: 'catatan' },
  frameworkTable: 'Domain / aspek / indikator',
  anyYear: 'semua tahun',
  onward: 'dan seterusnya',
  outOfReach: 'Tidak tercapai dengan batasan ini',
  projected: 'Proyeksi',
  evidenceItem: 'Butir',
  evidenceStatus: 'Status',
  responsibleUnit: 'Unit',
  evidenceItems: 'Butir bukti dukung per unit',
  hint: 'petunjuk',
  notice: 'pemberitahuan',
  internalError: 'kesalahan internal',
  reportBug: 'Jalankan lagi dengan --debug untuk jejak tumpukan, dan mohon laporkan.',
  helpTitles: { 'Usage:': 'Penggunaan:', 'Options:': 'Opsi:', 'Commands:': 'Perintah:', 'Arguments:': 'Argumen:', 'Global Options:': 'Opsi global:' } as Record<string, string>,
  commanderErrors: [
    ['^error: ', 'kesalahan: '],
    ["option '([^']+)' argument '([^']*)' is invalid\\.", "argumen '$2' untuk opsi '$1' tidak sah."],
    ["unknown option '([^']+)'", "opsi '$1' tidak dikenal"],
    ["unknown command '([^']+)'", "perintah '$1' tidak dikenal"],
    ["missing required argument '([^']+)'", "argumen wajib '$1' tidak ada"],
    ["required option '([^']+)' not specified", "opsi wajib '$1' tidak diberikan"],
    ["option '([^']+)' argument missing", "opsi '$1' memerlukan argumen"],
    ['too many arguments( for \'([^\']+)\')?\\. Expected (\\d+) arguments? but got (\\d+)\\.', 'terlalu banyak argumen: seharusnya $3, diberikan $4.'],
    ['Allowed choices are ', 'Pilihan yang diizinkan: '],
    ['\\(Did you mean ([^?]+)\\?\\)', '(Maksud Anda $1?)'],
  ] as (readonly [string, string])[],
  languageName: 'Bahasa Indonesia',
};

const help: typeof en.help = {
  program: 'Kalkulator eksak Indeks SPBE (Sistem Pemerintahan Berbasis Elektronik) Indonesia',
  examples: 'Contoh',
  exitCodes: 'Kode keluar: 0 semua sah, 1 ada temuan (kesalahan) atau gerbang gagal, 2 kesalahan penggunaan atau jalur tidak terbaca.',
  debug: 'tampilkan jejak tumpukan untuk kesalahan internal',
  lang: 'bahasa antarmuka: en atau id (bawaan: dari LANG / LC_ALL)',
  version: 'tampilkan nomor versi',
  helpOption: 'tampilkan bantuan perintah',
  score: 'validasi berkas penilaian dan tampilkan Indeks SPBE, domain, predikat, dan perubahannya',
  validate: 'periksa berkas penilaian terhadap skema dan kerangka (tanpa nilai), untuk CI',
  report: 'tulis laporan HTML bergrafik (satu instansi: lencana, domain, radar aspek, tren, rencana, indikator; beberapa: peringkat dan sebaran)',
  plan: 'kenaikan level paling sedikit (atau upaya paling kecil) untuk mencapai predikat atau indeks, dengan pencarian eksak',
  init: 'tulis templat penilaian berisi semua indikator, siap diisi',
  frameworks: 'daftar kerangka bawaan',
  framework: 'tampilkan satu kerangka',
  frameworkShow: 'cetak domain, aspek, indikator, bobot, nama level, dan rentang predikat sebuah kerangka',
  paths: 'berkas penilaian, folder (dicari *.yaml, *.yml), glob dalam tanda kutip, atau - untuk stdin',
  format: 'format keluaran (bawaan: table di terminal, text selain itu)',
  output: 'tulis laporan ke berkas ini (secara atomik), bukan ke stdout',
  stdinFilepath: 'nama masukan standar dalam pesan',
  jobs: 'thread pekerja (bawaan: otomatis; 0 = tanpa)',
  config: 'berkas konfigurasi (bawaan: spbe.config.yaml di direktori kerja)',
  strict: 'anggap peringatan lint bukti sebagai kesalahan',
  maxFileSize: 'tolak berkas masukan yang lebih besar (bawaan 5MB)',
  color: 'paksa warna',
  noColor: 'tanpa warna (juga: NO_COLOR=1)',
  detail: 'tambahkan rincian pada tabel',
  predicateBasis: 'tetapkan predikat dari indeks eksak atau indeks bulat (bawaan: praktik publikasi tahun berkas menurut kerangka: 2023 bulat, 2024 dan sesudahnya eksak)',
  compare: 'bandingkan dengan penilaian ini, bukan `previous` pada berkas',
  frameworkOption: 'nilai dengan kerangka ini (id bawaan atau berkas kerangka), bukan kerangka pada berkas',
  failUnder: 'gerbang: keluar 1 jika indeks berkas di bawah nilai ini',
  failUnderDomain: 'gerbang: keluar 1 jika sebuah domain di bawah nilainya (dapat diulang)',
  maxDrop: 'gerbang: keluar 1 jika indeks turun lebih dari nilai ini sejak tahun sebelumnya',
  groupBy: 'ringkasan per kelompok instansi',
  csvDelimiter: 'pemisah kolom csv (bawaan , atau ; dengan --decimal-comma)',
  decimalComma: 'desimal csv dengan koma (2,74), untuk spreadsheet berbahasa Indonesia',
  whatIf: 'proyeksikan hasil dengan level lain: INDIKATOR=LEVEL[,...]',
  projectTo: 'proyeksikan setiap hasil ke kerangka ini melalui padanannya (baseline Pemdi 2026 dari berkas SPBE 2025: --project-to permenpanrb-8-2026); hasilnya menyatakan bahwa ia proyeksi',
  file: 'sebuah berkas penilaian',
  target: 'predikat ("Baik", "Sangat Baik", ...) atau nilai indeks (3.0)',
  maxStep: 'paling banyak naik N level per indikator',
  only: 'hanya naikkan indikator pada aspek atau domain ini: aspect:8,domain:3',
  exclude: 'jangan naikkan indikator ini: 45,46',
  effortFile: 'peta YAML indikator -> upaya per kenaikan satu level (dan `default`); minimalkan total upaya',
  planBasis: 'capai predikat pada indeks eksak atau bulat (bawaan: praktik tahun berkas)',
  planFramework: 'rencanakan dengan kerangka ini, bukan kerangka pada berkas',
  agency: 'nama instansi, mis. "Pemerintah Kota Banjarbaru"',
  year: 'tahun evaluasi',
  initFramework: 'kerangka (bawaan: kerangka untuk tahun tersebut)',
  initOutput: 'tulis ke berkas ini (bawaan: keluaran standar)',
  force: 'timpa berkas yang sudah ada',
  frameworkId: 'id kerangka bawaan (spbe frameworks) atau jalur berkas kerangka',
  formatPlain: 'format keluaran',
  allowedChoices: 'Pilihan yang diizinkan:',
  expectedWholeNumber: 'Seharusnya bilangan bulat (0 atau lebih).',
  expectedIndex: 'Seharusnya angka dari 0 sampai 5.',
  expectedDomainValue: 'Seharusnya DOMAIN=NILAI, mis. 3=1.5.',
  expectedCharacter: 'Seharusnya satu karakter (atau "tab").',
  expectedWhatIf: 'Seharusnya INDIKATOR=LEVEL[,INDIKATOR=LEVEL...], mis. 45=4,21=2.',
  expectedGroups: 'Seharusnya aspect:N atau domain:N (atau AN, DN), dipisah koma.',
  expectedIndicators: 'Seharusnya nomor indikator, mis. 45,46.',
  expectedSize: 'Seharusnya ukuran seperti 5MB, 512KB atau 1048576.',
};

export const id = { messages, gates, phrases, ui, help, reason };
