import { readText } from "./read-texts";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { BUDGET, budgetText, type Budget } from "./budgets";
import { EMPTY_PARSE, type FileKind, type ParsedFile, type ParsedRow } from "./parse-file";
import { IN_FLIGHT, pausableDeadline } from "./chunk-flow";
import type { UploadChunk } from "./upload-stream";

/**
 * Loaded by path from the project folder at run time, so `next start`, the CLI and vitest all
 * run the same file. The root comes in as an argument: the bundler must not trace the worker
 * (and tsx, and esbuild's binary) into the server bundle.
 */
function workerFile(root: string): string {
  return path.join(root, "lib", "import", "parse-worker.mjs");
}

const refused = (text: ParsedFile["errors"][number]["text"]): ParsedFile => ({ ...EMPTY_PARSE, fileError: { text }, errors: [{ text }] });

/** The village codes as one string: cloning one string into a worker costs far less than 83,000 small ones. */
const villageText = new WeakMap<ReadonlySet<string>, string>();
function villagesAsText(villages: ReadonlySet<string>): string {
  let text = villageText.get(villages);
  if (text === undefined) {
    text = [...villages].join("\n");
    villageText.set(villages, text);
  }
  return text;
}

/** The file's bytes, or the temporary file an upload was streamed to (read by the worker, never by the server's thread). */
export type UploadSource = Uint8Array | { path: string; size: number };

/**
 * A staging batch for a respondents file's whole records: `load` gets them as COPY text in UTF-8
 * (staging-text.ts), a chunk at a time while the worker reads on, and the parse's rows keep
 * only the planned fields. What was loaded is the caller's to delete when the answer has no `staged`.
 */
export type StageTo = { batch: string; load: (copy: Uint8Array) => Promise<void> };

type Message = { chunk: UploadChunk } | { done: Omit<ParsedFile, "rows"> };

/**
 * Parses a file in its own worker thread with a heap limit and a deadline: the server keeps
 * answering other requests meanwhile, and a file that needs too much of either is refused
 * with a sentence instead of freezing or exhausting the process. The worker reads the file in
 * pieces and hands its rows over as it goes; it ends afterwards, so its memory goes with it.
 * Bytes given are moved into the worker (not copied) and are unusable afterwards.
 */
export function parseInWorker(
  kind: FileKind,
  fileName: string,
  source: UploadSource,
  villages: ReadonlySet<string>,
  { budget = BUDGET, stage }: { budget?: Budget; stage?: StageTo } = {},
): Promise<ParsedFile> {
  const size = source instanceof Uint8Array ? source.length : source.size;
  if (size > budget.maxFileMb * 1024 * 1024) return Promise.resolve(refused(budgetText.fileTooLarge(budget.maxFileMb)));
  const own = !(source instanceof Uint8Array) ? null : source.byteOffset === 0 && source.byteLength === source.buffer.byteLength ? source : source.slice();
  return new Promise((resolve, reject) => {
    // Reflect.construct, not `new Worker(…)`: the bundler would follow a `new Worker` argument into tsx
    const worker: Worker = Reflect.construct(Worker, [
      workerFile(process.cwd()),
      {
        workerData: { kind, fileName, bytes: own, path: own ? null : (source as { path: string }).path, villages: villagesAsText(villages), budget, stage: stage?.batch },
        transferList: own ? [own.buffer as ArrayBuffer] : [],
        resourceLimits: { maxOldGenerationSizeMb: budget.maxWorkerHeapMb },
      },
    ]);
    const rows: ParsedRow[] = [];
    // chunks are loaded one after another; the answer waits for the loads under way, so nothing is written after it
    let loading: Promise<void> = Promise.resolve();
    let failed: { error: unknown } | null = null;
    let settled = false;
    // the answer is a refusal or an error: chunks still waiting are not loaded
    let abandoned = false;
    const settle = (fn: () => void, complete = false) => {
      if (settled) return;
      settled = true;
      abandoned = !complete;
      deadline.clear();
      void worker.terminate();
      void loading.then(() => (failed ? reject(failed.error) : fn()));
    };
    const deadline = pausableDeadline(budget.maxSeconds * 1000, () => settle(() => resolve(refused(budgetText.tooSlow(budget.maxSeconds)))));
    // the worker waits, not parsing, while more chunks than IN_FLIGHT are not loaded yet
    let unloaded = 0;
    worker.on("message", (message: Message) => {
      if (settled) return;
      if ("done" in message) {
        const { done } = message;
        settle(() => resolve(done.fileError ? { ...done, rows: [] } : { ...done, rows }), !done.fileError);
        return;
      }
      const { rows: part, copy } = message.chunk;
      for (const row of part) rows.push(row);
      if (++unloaded > IN_FLIGHT) deadline.pause();
      loading = loading
        .then(() => (abandoned || failed || copy === undefined || !stage ? undefined : stage.load(copy)))
        .then(
          () => {
            if (settled) return;
            if (--unloaded === IN_FLIGHT) deadline.resume();
            worker.postMessage("ack");
          },
          (error: unknown) => {
            failed ??= { error };
            settle(() => {});
          },
        );
    });
    worker.once("error", (e: Error & { code?: string }) =>
      settle(() => (e.code === "ERR_WORKER_OUT_OF_MEMORY" ? resolve(refused(budgetText.tooHeavy)) : reject(e))),
    );
    // a result posted just before the worker ends is delivered first; let it land before deciding
    worker.once("exit", (code) =>
      setImmediate(() =>
        // ended without a result or an error: the reader never finished with these bytes
        settle(() => (code === 0 ? resolve(refused(readText.unreadableFile)) : reject(new Error(`import parser exited with code ${code}`)))),
      ),
    );
  });
}
