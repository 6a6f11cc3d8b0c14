import { crc32, createDeflateRaw } from "node:zlib";

/**
 * Files that attacked the upload (issue 8 item 1), generated rather than committed so the
 * reliability corpus can reuse and scale them. Each returns the bytes a browser would send.
 */

/** A CSV of ~`mb` MB whose second line has `columns` cells (9.9 MB and a million columns in the report). */
export function wideCsv(header: string, columns = 1_000_000): Uint8Array {
  const cells = new Array<string>(columns);
  for (let i = 0; i < columns; i++) cells[i] = `x${(i % 100_000_000).toString().padStart(8, "0")}`;
  return new TextEncoder().encode(`${header}\n${cells.join(",")}\n`);
}

type Entry = { name: string; chunks: () => Iterable<string>; level?: number };

async function deflateEntry(entry: Entry, level: number) {
  const deflate = createDeflateRaw({ level });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  for (const text of entry.chunks()) {
    const chunk = Buffer.from(text, "utf8");
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return { name: Buffer.from(entry.name), data: Buffer.concat(out), crc, size };
}

/** A minimal zip writer (deflate, no zip64): enough for an XLSX of a few hundred MB expanded. */
async function zip(entries: Entry[]): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const e = await deflateEntry(entry, entry.level ?? 6);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(e.name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, e.name, e.data);
    central.push(dir, e.name);
    offset += local.length + e.name.length + e.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A valid XLSX whose one sheet expands to about `expandMb` MB of XML. `varied` cells (different
 * ids in one column) compress ~18:1 (11 MB → 202 MB in the report); identical cells ~230:1 (2 MB → 467 MB).
 */
export async function expandingXlsx(header: string[], expandMb: number, varied: boolean): Promise<Uint8Array> {
  const target = expandMb * 1024 * 1024;
  const head = `<row r="1">${header.map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>`;
  // one ~1 MB block, repeated: deflate looks back only 32 KB, so each copy compresses like the first
  let block = "";
  for (let r = 0; block.length < 1024 * 1024; r++) {
    block += "<row>";
    for (let c = 0; c < header.length; c++) block += !varied ? "<c><v>1</v></c>" : c % 2 === 0 ? `<c t="inlineStr"><is><t>R${(r * 7919 + c * 104729) % 999983}</t></is></c>` : `<c t="inlineStr"><is><t>18.01.16.2004</t></is></c>`;
    block += "</row>";
  }
  function* sheet() {
    yield `${XML}<worksheet xmlns="${MAIN}"><sheetData>${head}`;
    for (let size = 0; size < target; size += block.length) yield block;
    yield "</sheetData></worksheet>";
  }
  const one = (name: string, text: string): Entry => ({ name, chunks: () => [text] });
  return zip([
    one(
      "[Content_Types].xml",
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    one("_rels/.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    one("xl/workbook.xml", `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    one("xl/_rels/workbook.xml.rels", `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    { name: "xl/worksheets/sheet1.xml", chunks: sheet, level: 9 },
  ]);
}
