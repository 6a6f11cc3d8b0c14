import { z } from "zod";

// Zod compiles fast parsers with `new Function`, which the portal's Content-Security-Policy
// forbids (no 'unsafe-eval'); even its caught probe is reported as a violation. Forms that
// validate in the browser import this first.
z.config({ jitless: true });
