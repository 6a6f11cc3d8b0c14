// The worker thread that reads an uploaded file (lib/import/parse-in-worker.ts starts it).
// Plain JavaScript loaded by path at run time, outside Next's bundle; it registers tsx's
// require hook so it can run the same TypeScript parser the tests run.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/cjs/api";

register();
const require = createRequire(import.meta.url);
const { parseFile } = require("./parse-file.ts");
const { stagingText, withoutRecords } = require("./staging-text.ts");
const { kind, fileName, bytes, path, villages, budget, stage } = workerData;
const parsed = await parseFile(kind, fileName, bytes ?? new Uint8Array(await readFile(path)), new Set(villages.split("\n")), budget);
// the whole records leave as COPY text (a few large strings), not as 100,000 objects to clone and keep
const staged = stage && kind === "respondents" && !parsed.fileError && parsed.rows.length > 0;
parentPort.postMessage(staged ? { ...withoutRecords(parsed, stage), stagingText: stagingText(stage, parsed.rows) } : parsed);
