import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER, requestPathOf } from "@/lib/request-path";

/** Not a guard (every page checks access itself): only tells pages which address was asked for. */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, requestPathOf(request.nextUrl));
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!_next/|api/|favicon).*)"] };
