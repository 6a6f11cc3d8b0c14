import { CLUSTER_ROW, PKTD_ROW, RESPONDENT_ROW } from "../../lib/import/fixture-rows";
import { expandingXlsx, wideCsv } from "../probes/bad-files";

/**
 * The bad-input corpus (issue 14 item 2): one table of files and form inputs that must each be
 * refused with a sentence in the user's language, within a time limit, writing nothing. The
 * integration test `db/bad-input.test.ts` runs every case through the import service on PGlite
 * and on Postgres; the upload form's HTTP path is `e2e/upload-budgets.spec.ts`.
 */

export type Actor = "admin" | "lamsel";
export type FileCase = {
  name: string;
  kind: "respondents" | "clusters" | "pktd";
  fileName: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  actor?: Actor;
  /** the Indonesian sentence (or part of it) the user must see */
  says?: RegExp;
};

const LAMTIM_VILLAGE = "18.07.01.2004";
export const SCRIPT = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
export const SQL = `'); DROP TABLE respondents; --`;

const utf8 = (text: string) => new TextEncoder().encode(text);

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}
function csv(rows: readonly Record<string, string>[]): string {
  const header = Object.keys(rows[0]!);
  return [header.join(","), ...rows.map((r) => header.map((h) => csvCell(r[h] ?? "")).join(","))].join("\n") + "\n";
}
const respondents = (...changes: Record<string, string>[]) => utf8(csv(changes.map((c, i) => ({ ...RESPONDENT_ROW, respondent_id: `BAD-${i}`, ...c }))));
const pktd = (...changes: Record<string, string>[]) => utf8(csv(changes.map((c) => ({ ...PKTD_ROW, ...c }))));
const clusters = (...changes: Record<string, string>[]) => utf8(csv(changes.map((c, i) => ({ ...CLUSTER_ROW, cluster_code: `BAD-${i}`, ...c }))));
const header = Object.keys(RESPONDENT_ROW).join(",");

/** a real 1×1 PNG */
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
);

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  if (endian === "le") return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) (be[i] = le[i + 1]!), (be[i + 1] = le[i]!);
  return be;
}

function withBytes(text: string, at: string, bytes: number[]): Uint8Array {
  const [before, after] = text.split(at);
  return Uint8Array.from([...utf8(before!), ...bytes, ...utf8(after!)]);
}

const respondentText = csv([{ ...RESPONDENT_ROW, product: "keripik PRODUK" }]);

export const FILE_CASES: FileCase[] = [
  // the shape of the file
  { name: "empty file", kind: "respondents", fileName: "empty.csv", bytes: () => new Uint8Array() },
  { name: "header only", kind: "respondents", fileName: "header.csv", bytes: () => utf8(`${header}\n`) },
  { name: "blank lines only", kind: "respondents", fileName: "blank.csv", bytes: () => utf8("\n\n \n\r\n") },
  { name: "oversized file (21 MB)", kind: "respondents", fileName: "big.csv", bytes: () => new Uint8Array(21 * 1024 * 1024).fill(0x61), says: /lebih besar dari 20 MB/ },
  { name: "a line of a million columns", kind: "respondents", fileName: "wide.csv", bytes: () => wideCsv(header), says: /lebih dari 300 kolom/ },
  { name: "301 header columns", kind: "clusters", fileName: "cols.csv", bytes: () => utf8(Array.from({ length: 301 }, (_, i) => `c${i}`).join(",") + "\n") , says: /lebih dari 300 kolom/ },
  { name: "huge cell (6,000 characters)", kind: "clusters", fileName: "cell.csv", bytes: () => clusters({ name: "x".repeat(6000) }), says: /lebih panjang dari 5\.?000 karakter/ },
  { name: "huge quoted cell spanning lines", kind: "respondents", fileName: "quoted.csv", bytes: () => utf8(`${header}\n"${"a\n".repeat(4000)}"\n`) },
  { name: "deeply nested quotes", kind: "respondents", fileName: "nested.csv", bytes: () => utf8(`${header}\n${'"'.repeat(9999)}x${'"'.repeat(9999)}\n`) },
  { name: "unclosed quote", kind: "clusters", fileName: "unclosed.csv", bytes: () => utf8(`cluster_code,name,village_code\n"A,b,18.01.16.2004\n`) },
  { name: "too many rows (200,001)", kind: "clusters", fileName: "rows.csv", bytes: () => utf8("cluster_code\n" + "x\n".repeat(200_001)), says: /lebih dari 200\.?000 baris/ },
  { name: "missing required columns", kind: "respondents", fileName: "missing.csv", bytes: () => utf8("respondent_id,gender\nA1,female\n") },
  { name: "duplicate column names", kind: "clusters", fileName: "dup-cols.csv", bytes: () => utf8("cluster_code,name,name,village_code\nA,b,c,18.01.16.2004\n") },
  { name: "NUL bytes", kind: "respondents", fileName: "nul.csv", bytes: () => withBytes(respondentText, "PRODUK", [0, 0, 0]) },
  // encodings
  { name: "UTF-16 LE with BOM", kind: "respondents", fileName: "utf16le.csv", bytes: () => utf16(respondentText, "le") },
  { name: "UTF-16 BE with BOM", kind: "respondents", fileName: "utf16be.csv", bytes: () => utf16(respondentText, "be") },
  { name: "Latin-1 (Windows-1252) text", kind: "respondents", fileName: "latin1.csv", bytes: () => withBytes(respondentText, "PRODUK", [0x63, 0x61, 0x66, 0xe9]) },
  { name: "invalid UTF-8 sequence", kind: "clusters", fileName: "bad-utf8.csv", bytes: () => withBytes(csv([CLUSTER_ROW]), "Canti", [0xc3, 0x28, 0xff, 0xfe]) },
  // not what the extension says
  { name: "PNG named .csv", kind: "respondents", fileName: "photo.csv", bytes: () => PNG },
  { name: "PNG named .xlsx", kind: "respondents", fileName: "photo.xlsx", bytes: () => PNG },
  { name: "CSV named .xlsx", kind: "respondents", fileName: "data.xlsx", bytes: () => utf8(respondentText), says: /bernama \.xlsx tetapi isinya bukan/ },
  { name: "random bytes named .csv", kind: "pktd", fileName: "noise.csv", bytes: () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256) },
  { name: "unsupported extension (.pdf)", kind: "respondents", fileName: "report.pdf", bytes: () => utf8("%PDF-1.4\n%âãÏÓ\n") },
  { name: "XLSX cut in half", kind: "respondents", fileName: "cut.xlsx", bytes: async () => (await expandingXlsx(["respondent_id"], 1, true)).slice(0, 2000) },
  { name: "XLSX zip bomb (2 MB → 400 MB)", kind: "respondents", fileName: "bomb.xlsx", bytes: () => expandingXlsx(Object.keys(RESPONDENT_ROW).slice(0, 10), 400, false), says: /mengembang menjadi lebih dari 60 MB/ },
  // rows: codes, numbers and dates
  { name: "unknown village code", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ village_code: "18.01.16.9999" }) },
  { name: "SQL in the village code", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ village_code: SQL }) },
  { name: "script in the respondent id", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ respondent_id: SCRIPT }) },
  { name: "SQL in the respondent id", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ respondent_id: SQL }) },
  { name: "code outside the list (gender)", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ gender: "<b>x</b>" }) },
  { name: "IR score out of range", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ ir_capital: "9" }) },
  { name: "negative age", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ age: "-5" }) },
  { name: "absurd age", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ age: "300" }) },
  { name: "duplicate respondent id", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ respondent_id: "SAME" }, { respondent_id: "SAME" }) },
  { name: "formula in a free-text field", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ product: "=HYPERLINK(\"http://x\")" }) },
  { name: "product longer than the form allows", kind: "respondents", fileName: "r.csv", bytes: () => respondents({ product: "k".repeat(121) }) },
  { name: "respondent in a village outside the official's scope", kind: "respondents", fileName: "r.csv", actor: "lamsel", bytes: () => respondents({ village_code: LAMTIM_VILLAGE }), says: /di luar wilayah tanggung jawab Anda/ },
  { name: "PKTD: negative rupiah", kind: "pktd", fileName: "p.csv", bytes: () => pktd({ pktd_budget: "-375.000.000" }) },
  { name: "PKTD: absurd rupiah (10^30)", kind: "pktd", fileName: "p.csv", bytes: () => pktd({ dana_desa_total: "1000000000000000000000000000000" }) },
  { name: "PKTD: rupiah in exponent notation", kind: "pktd", fileName: "p.csv", bytes: () => pktd({ wages_paid: "1e309" }) },
  { name: "PKTD: rupiah that is text", kind: "pktd", fileName: "p.csv", bytes: () => pktd({ physical_work_value: "Rp abc" }) },
  { name: "PKTD: year 1800", kind: "pktd", fileName: "p.csv", bytes: () => pktd({ year: "1800" }) },
  { name: "PKTD: year 3000", kind: "pktd", fileName: "p.csv", bytes: () => pktd({ year: "3000" }) },
  { name: "PKTD: negative HOK", kind: "pktd", fileName: "p.csv", bytes: () => pktd({ hok_total: "-1500" }) },
  { name: "PKTD: share above 100 %", kind: "pktd", fileName: "p.csv", bytes: () => pktd({ local_material_share: "250" }) },
  { name: "PKTD: the same village and year twice", kind: "pktd", fileName: "p.csv", bytes: () => pktd({}, { hok_total: "10" }) },
  { name: "PKTD: a village outside the uploader's scope", kind: "pktd", fileName: "p.csv", actor: "lamsel", bytes: () => pktd({ village_code: LAMTIM_VILLAGE }), says: /di luar wilayah tanggung jawab Anda/ },
  { name: "PKTD: formula in hi_assets", kind: "pktd", fileName: "p.csv", bytes: () => pktd({ hi_assets: "@SUM(A1:A9)" }) },
  { name: "cluster: year established 1066", kind: "clusters", fileName: "c.csv", bytes: () => clusters({ year_established: "1066" }) },
  { name: "cluster: year established 2999", kind: "clusters", fileName: "c.csv", bytes: () => clusters({ year_established: "2999" }) },
  { name: "cluster: SQL in the cluster code", kind: "clusters", fileName: "c.csv", bytes: () => clusters({ cluster_code: SQL }) },
  { name: "cluster: empty name", kind: "clusters", fileName: "c.csv", bytes: () => clusters({ name: "" }) },
];

/** Free-text fields a user types: a script or SQL string there is data, stored byte for byte and escaped when shown. */
export const FREE_TEXT_CASES: { name: string; kind: FileCase["kind"]; field: string; value: string }[] = [
  ...[SCRIPT, SQL].flatMap((value) => [
    { name: `respondent product: ${value.slice(0, 12)}`, kind: "respondents" as const, field: "product", value },
    { name: `cluster name: ${value.slice(0, 12)}`, kind: "clusters" as const, field: "name", value },
    { name: `cluster product: ${value.slice(0, 12)}`, kind: "clusters" as const, field: "product", value },
    { name: `PKTD home-industry assets: ${value.slice(0, 12)}`, kind: "pktd" as const, field: "hi_assets", value },
  ]),
];

/** the free-text payload inside a valid file of its kind */
export function freeTextFile(c: (typeof FREE_TEXT_CASES)[number]): Uint8Array {
  return c.kind === "respondents" ? respondents({ [c.field]: c.value }) : c.kind === "clusters" ? clusters({ [c.field]: c.value }) : pktd({ [c.field]: c.value });
}

const ROUND = { code: "BAD-ROUND", name: "Putaran uji", source: "uji", licence: "uji", rubricVersion: "rubrik-2019-v1", periodStart: "2019-03-01", periodEnd: "2019-06-30" };
const ACCOUNT = { username: "pejabat.baru", displayName: "Pejabat Baru", role: "regency_official", regions: "18.01", password: "Panjang#Sekali1" };

/** Form inputs that the form's schema must refuse, naming the field, in the user's language. */
export const FORM_CASES: { name: string; form: "round" | "account"; input: Record<string, unknown>; field: string }[] = [
  { name: "round code with SQL", form: "round", input: { ...ROUND, code: SQL }, field: "code" },
  { name: "round code with a script", form: "round", input: { ...ROUND, code: SCRIPT }, field: "code" },
  { name: "round name of 10,000 characters", form: "round", input: { ...ROUND, name: "n".repeat(10_000) }, field: "name" },
  { name: "round period start 30 February", form: "round", input: { ...ROUND, periodStart: "2019-02-30" }, field: "periodStart" },
  { name: "round period start in year 0000", form: "round", input: { ...ROUND, periodStart: "0000-01-01" }, field: "periodStart" },
  { name: "round period end in year 9999", form: "round", input: { ...ROUND, periodEnd: "9999-12-31" }, field: "periodEnd" },
  { name: "round period month 13", form: "round", input: { ...ROUND, periodEnd: "2019-13-01" }, field: "periodEnd" },
  { name: "round period ends before it starts", form: "round", input: { ...ROUND, periodStart: "2019-06-30", periodEnd: "2019-03-01" }, field: "periodEnd" },
  { name: "round region with SQL", form: "round", input: { ...ROUND, regionCode: SQL }, field: "regionCode" },
  { name: "account username with SQL", form: "account", input: { ...ACCOUNT, username: SQL }, field: "username" },
  { name: "account username with a script", form: "account", input: { ...ACCOUNT, username: SCRIPT }, field: "username" },
  { name: "account display name of 10,000 characters", form: "account", input: { ...ACCOUNT, displayName: "d".repeat(10_000) }, field: "displayName" },
  { name: "account regions with SQL", form: "account", input: { ...ACCOUNT, regions: SQL }, field: "regions" },
  { name: "account role that does not exist", form: "account", input: { ...ACCOUNT, role: "superuser" }, field: "role" },
];

/** Free-text form fields: a script or SQL string is accepted as text and kept byte for byte. */
export const FREE_TEXT_FORM_CASES: { name: string; input: Record<string, unknown> }[] = [SCRIPT, SQL].flatMap((value) => [
  { name: `round name: ${value.slice(0, 12)}`, input: { ...ROUND, name: value } },
  { name: `round source and licence: ${value.slice(0, 12)}`, input: { ...ROUND, source: value, licence: value } },
]);
export const FREE_TEXT_ACCOUNT = { ...ACCOUNT, displayName: `${SCRIPT} ${SQL}` };
