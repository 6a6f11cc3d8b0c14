import { readText } from "./read-texts";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { BUDGET, budgetText, type Budget } from "./budgets";
import { EMPTY_PARSE, type FileKind, type ParsedFile } from "./parse-file";

/**
 * Loaded by path from the project folder at run time, so `next start`, the CLI and vitest all
 * run the same file. The root comes in as an argument: the bundler must not trace the worker
 * (and tsx, and esbuild's binary) into the server bundle.
 */
function workerFile(root: string): string {
  return path.join(root, "lib", "import", "parse-worker.mjs");
}

const refused = (text: ParsedFile["errors"][number]["text"]): ParsedFile => ({ ...EMPTY_PARSE, fileError: { text }, errors: [{ text }] });

/**
 * Parses a file in its own worker thread with a heap limit and a deadline: the server keeps
 * answering other requests meanwhile, and a file that needs too much of either is refused
 * with a sentence instead of freezing or exhausting the process. The worker ends afterwards,
 * so its memory goes with it.
 */
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
 * What the worker read; with `stage`, a respondents file's rows keep only the planned fields and
 * `stagingText` holds the whole records as COPY text for that staging batch (staging-text.ts).
 */
export type WorkerParse = ParsedFile & { stagingText?: string[] };

/** Bytes given are moved into the worker (not copied) and are unusable afterwards. */
export function parseInWorker(
  kind: FileKind,
  fileName: string,
  source: UploadSource,
  villages: ReadonlySet<string>,
  { budget = BUDGET, stage }: { budget?: Budget; stage?: string } = {},
): Promise<WorkerParse> {
  const size = source instanceof Uint8Array ? source.length : source.size;
  if (size > budget.maxFileMb * 1024 * 1024) return Promise.resolve(refused(budgetText.fileTooLarge(budget.maxFileMb)));
  const own = !(source instanceof Uint8Array) ? null : source.byteOffset === 0 && source.byteLength === source.buffer.byteLength ? source : source.slice();
  return new Promise((resolve, reject) => {
    // Reflect.construct, not `new Worker(…)`: the bundler would follow a `new Worker` argument into tsx
    const worker: Worker = Reflect.construct(Worker, [
      workerFile(process.cwd()),
      {
        workerData: { kind, fileName, bytes: own, path: own ? null : (source as { path: string }).path, villages: villagesAsText(villages), budget, stage },
        transferList: own ? [own.buffer as ArrayBuffer] : [],
        resourceLimits: { maxOldGenerationSizeMb: budget.maxWorkerHeapMb },
      },
    ]);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => settle(() => resolve(refused(budgetText.tooSlow(budget.maxSeconds)))), budget.maxSeconds * 1000);
    worker.once("message", (parsed: WorkerParse) => settle(() => resolve(parsed)));
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
