import { createInflateRaw } from "node:zlib";

/**
 * The bytes an XLSX (a zip) expands to, counted by streaming each entry through inflate and
 * discarding the output, stopping as soon as `limit` is passed: "too large" is known without
 * ever holding the expanded XML. Sizes the archive declares are not trusted (a zip bomb lies).
 */
export async function zipExpandsWithin(bytes: Uint8Array, limit: number): Promise<"ok" | "too_large" | "unreadable"> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) return "unreadable";
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return "unreadable";
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return "unreadable";
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, Math.min(buf.length, start + compressed));
    if (method === 0) total += data.length;
    else if (method === 8) {
      const size = await inflatedSize(data, limit - total);
      if (size === "too_large") return "too_large";
      if (size === "unreadable") return "unreadable";
      total += size;
    } else return "unreadable";
    if (total > limit) return "too_large";
  }
  return "ok";
}

function inflatedSize(data: Uint8Array, limit: number): Promise<number | "too_large" | "unreadable"> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    let done = false;
    const finish = (v: number | "too_large" | "unreadable") => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(v);
    };
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish("too_large");
    });
    inflate.on("end", () => finish(size));
    inflate.on("error", () => finish("unreadable"));
    inflate.end(data);
  });
}
