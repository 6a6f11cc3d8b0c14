import { BUDGET, type Budget } from "./budgets";
import { fileParser, RULES, type FileKind, type ParsedFile, type ParsedRow } from "./parse-file";
import { recordJsonWriter } from "./record-json";
import { stagingRowWriter } from "./staging-text";
import { recordOf } from "./validate";

/** Valid rows of an upload, in line order; with staging, their whole records as COPY text in UTF-8 (staging-text.ts). */
export type UploadChunk = { rows: ParsedRow[]; copy?: Uint8Array };

/** Text written straight to UTF-8 into one growing buffer; each take is a buffer of its own, to be moved to another thread (not copied). */
function byteSink(initial: number) {
  let buf = Buffer.allocUnsafeSlow(initial);
  let size = 0;
  return {
    write(text: string) {
      if (size + text.length * 3 > buf.length) {
        const bigger = Buffer.allocUnsafeSlow(Math.max(buf.length * 2, size + text.length * 3));
        buf.copy(bigger, 0, 0, size);
        buf = bigger;
      }
      size += buf.write(text, size);
    },
    take(): Uint8Array {
      const out = new Uint8Array(size);
      out.set(buf.subarray(0, size));
      size = 0;
      return out;
    },
  };
}

export type UploadRequest = {
  kind: FileKind;
  fileName: string;
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  knownVillages: ReadonlySet<string>;
  budget?: Budget;
  /** the staging batch a respondents file's records go to; its rows then keep only the planned fields */
  stage?: string;
};

/**
 * Reads an upload as its bytes come and hands its valid rows on every `rowsPerChunk` rows,
 * waiting for `send` before reading on (back-pressure). Once the file shows an error nothing more
 * is sent; what was sent is not the file's (the caller drops it). Answers the rest of the parse.
 */
export async function parseUploadStream(request: UploadRequest, send: (chunk: UploadChunk) => Promise<void>, rowsPerChunk = 5_000): Promise<Omit<ParsedFile, "rows">> {
  const { kind, fileName, chunks, knownVillages, budget = BUDGET, stage } = request;
  const { fields } = RULES[kind];
  const staging = stage && kind === "respondents" ? stagingRowWriter(stage, fields) : null;
  const writer = recordJsonWriter(fields);
  let rows: ParsedRow[] = [];
  const copy = byteSink(8 * 1024 * 1024);
  // chunks of `rowsPerChunk` rows, sealed as rows come (a workbook's all come at the end)
  let ready: UploadChunk[] = [];
  let staged = false;
  const seal = () => {
    ready.push(staging ? { rows, copy: copy.take() } : { rows });
    rows = [];
  };
  const parser = fileParser(
    kind,
    fileName,
    knownVillages,
    ({ line, values }) => {
      if (!staging) rows.push({ line, record: recordOf(fields, values), hash: writer.hash(values) });
      else {
        const { text, row } = staging(line, values);
        rows.push(row);
        copy.write(text);
      }
      if (rows.length === rowsPerChunk) seal();
    },
    budget,
  );
  const flush = async () => {
    if (parser.failed) ready = [];
    while (ready.length > 0) {
      staged ||= staging !== null;
      await send(ready.shift()!);
    }
  };
  for await (const bytes of chunks) {
    parser.push(bytes);
    await flush();
  }
  const parsed = await parser.end();
  if (parsed.fileError) return parsed;
  if (rows.length > 0) seal();
  await flush();
  return staged ? { ...parsed, staged: stage } : parsed;
}
