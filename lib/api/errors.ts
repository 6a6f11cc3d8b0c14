/** API errors: a stable code for programs, a sentence for people in Bahasa Indonesia or English (Accept-Language). */
export const API_ERRORS = {
  unauthorized: { status: 401, id: "Token tidak dikenal, dicabut, atau kedaluwarsa.", en: "The token is unknown, revoked or expired." },
  rate_limited: { status: 429, id: "Terlalu banyak permintaan; coba lagi setelah Retry-After detik.", en: "Too many requests; try again after Retry-After seconds." },
  bad_request: { status: 400, id: "Parameter tidak valid.", en: "Invalid parameters." },
  not_found: { status: 404, id: "Tidak ditemukan.", en: "Not found." },
  internal: { status: 500, id: "Terjadi kesalahan pada server.", en: "Something went wrong on the server." },
} as const;
export type ApiErrorCode = keyof typeof API_ERRORS;

export function apiLanguage(acceptLanguage: string | null): "id" | "en" {
  return /^\s*en\b/i.test(acceptLanguage ?? "") ? "en" : "id";
}
