// Any origin works as the base: only the shape of the resolved URL matters, and a target that
// leaves this origin (//host, /\t/host that the URL parser turns into //host, https:host …)
// is refused whatever the portal's real address is.
const BASE = "http://portal.invalid";

// C0 controls, DEL and C1 controls: the URL parser drops tabs and newlines silently,
// which is how `/%09/host` turns into `//host`.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The path (with its query and fragment) to return to after sign-in, or "/" when the value
 * would leave the portal: resolved against the portal's origin, accepted only when it stays
 * on that origin and contains no control characters or backslashes.
 */
export function safeReturnPath(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !v.startsWith("/") || CONTROL.test(v) || v.includes("\\")) return "/";
  let url: URL;
  try {
    url = new URL(v, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE || url.username || url.password) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? "/" : path;
}
