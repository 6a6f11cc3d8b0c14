import type { Bilingual } from "@/lib/instrument/fields";

// Messages about the file as a whole: it cannot be read as a table.

const SAVE_AS = { id: 'simpan ulang sebagai "CSV UTF-8" atau .xlsx', en: 'save it again as "CSV UTF-8" or .xlsx' };

export const readText = {
  empty: {
    id: "berkas kosong; unggah CSV atau XLSX dengan baris judul dan minimal satu baris data",
    en: "the file is empty; upload a CSV or XLSX file with a header row and at least one data row",
  },
  headerOnly: {
    id: "berkas hanya berisi baris judul; tambahkan minimal satu baris data",
    en: "the file has a header row but no data rows; add at least one data row",
  },
  notATable: (fileName: string): Bilingual => ({
    id: `'${fileName}' bukan berkas CSV atau XLSX; unggah CSV UTF-8 atau XLSX`,
    en: `'${fileName}' is not a CSV or XLSX file; upload a CSV UTF-8 or XLSX file`,
  }),
  oldExcel: {
    id: "format Excel lama (.xls) tidak didukung; simpan ulang sebagai Excel Workbook (.xlsx) atau \"CSV UTF-8\"",
    en: "the old Excel format (.xls) is not supported; save it again as Excel Workbook (.xlsx) or \"CSV UTF-8\"",
  },
  utf16: {
    id: `teks disimpan sebagai UTF-16 ("Unicode Text"); ${SAVE_AS.id}`,
    en: `the text is saved as UTF-16 ("Unicode Text"); ${SAVE_AS.en}`,
  },
  notUtf8: {
    id: 'teks bukan UTF-8 (mis. huruf Windows-1252 / Latin-1); simpan ulang sebagai "CSV UTF-8 (Comma delimited)"',
    en: 'the text is not UTF-8 (e.g. Windows-1252 / Latin-1 characters); save it again as "CSV UTF-8 (Comma delimited)"',
  },
  badXlsx: (fileName: string): Bilingual => ({
    id: `'${fileName}' tidak dapat dibaca sebagai XLSX; ${SAVE_AS.id}`,
    en: `'${fileName}' cannot be read as XLSX; ${SAVE_AS.en}`,
  }),
  notXlsxInside: (fileName: string): Bilingual => ({
    id: `'${fileName}' bernama .xlsx tetapi isinya bukan buku kerja Excel; buka di Excel lalu simpan sebagai Excel Workbook (.xlsx), atau beri nama .csv bila isinya CSV`,
    en: `'${fileName}' is named .xlsx but is not an Excel workbook; open it in Excel and save it as Excel Workbook (.xlsx), or name it .csv if it is a CSV`,
  }),
  quoteNotClosed: {
    id: 'ada tanda kutip (") yang tidak ditutup; sel yang diawali " harus diakhiri "',
    en: 'a quote (") is never closed; a cell that starts with " must end with "',
  },
  unreadableFile: {
    id: `berkas tidak dapat dibaca sebagai CSV atau XLSX; ${SAVE_AS.id}`,
    en: `the file cannot be read as CSV or XLSX; ${SAVE_AS.en}`,
  },
  unreadableCsv: {
    id: `CSV tidak dapat dibaca; ${SAVE_AS.id}`,
    en: `the CSV cannot be read; ${SAVE_AS.en}`,
  },
};
