/** Errors a user may see: a code that maps to a sentence in her language, never internals. */
export const APP_ERROR_CODES = ["unauthenticated", "forbidden", "not_found", "conflict", "invalid", "internal"] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** optional message key under `errors.` for a more specific sentence */
    readonly messageKey?: string,
  ) {
    super(code);
  }
}
