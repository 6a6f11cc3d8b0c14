// The worker thread that reads an uploaded file (lib/import/parse-in-worker.ts starts it).
// Plain JavaScript loaded by path at run time, outside Next's bundle; it registers tsx's
// require hook so it can run the same TypeScript parser the tests run.
import { createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/cjs/api";

register();
const require = createRequire(import.meta.url);
const { parseUploadStream } = require("./upload-stream.ts");
const { boundedSender } = require("./chunk-flow.ts");
const { kind, fileName, bytes, path, villages, budget, stage } = workerData;

// the file is read in pieces and never held whole (a workbook excepted: upload-stream.ts)
function* slices(all, size) {
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}
const PIECE = 256 * 1024;
const chunks = bytes ? slices(bytes, PIECE) : createReadStream(path, { highWaterMark: PIECE });

// each chunk is acknowledged once the main thread has loaded it; at most three wait at a time
const sender = boundedSender((chunk) => parentPort.postMessage({ chunk }, chunk.copy ? [chunk.copy.buffer] : []));
parentPort.on("message", (message) => message === "ack" && sender.ack());

const parsed = await parseUploadStream({ kind, fileName, chunks, knownVillages: new Set(villages.split("\n")), budget, stage }, sender.send);
parentPort.postMessage({ done: parsed });
parentPort.unref(); // the worker ends once the result is posted
