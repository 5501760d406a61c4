import fs from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

/**
 * Reads the Tasklist locale files Camunda ships, straight out of the engine jar (a Spring Boot fat jar
 * holding camunda-webapp-webjar-<version>.jar under BOOT-INF/lib/). No unzip tool needed: a minimal
 * reader of the zip central directory (no zip64; neither jar needs it).
 */

export const WEBJAR_APP = 'META-INF/resources/webjars/camunda/app';
export const TASKLIST_LOCALES = `${WEBJAR_APP}/tasklist/locales`;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

function entries(zip: Buffer): ZipEntry[] {
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('Bukan berkas zip/jar: end of central directory tidak ditemukan');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new Error('Zip64 tidak didukung');
  const result: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`Central directory rusak pada entri ${n}`);
    const nameLength = zip.readUInt16LE(p + 28);
    result.push({
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      localHeaderOffset: zip.readUInt32LE(p + 42),
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return result;
}

function contentOf(zip: Buffer, entry: ZipEntry): Buffer {
  const h = entry.localHeaderOffset;
  if (zip.readUInt32LE(h) !== 0x04034b50) throw new Error(`Header lokal rusak: ${entry.name}`);
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`Metode kompresi ${entry.method} tidak didukung: ${entry.name}`);
}

/** Names in a zip; `contentOf` one of them by exact name. */
export function readZip(zip: Buffer): { names: string[]; read(name: string): Buffer } {
  const all = entries(zip);
  return {
    names: all.map((e) => e.name),
    read(name) {
      const entry = all.find((e) => e.name === name);
      if (!entry) throw new Error(`Tidak ada ${name} di dalam arsip`);
      return contentOf(zip, entry);
    },
  };
}

/** The Camunda webjar inside the engine jar, with its file name (it carries the Camunda version). */
export async function webjarOf(engineJar: string): Promise<{ file: string; read(name: string): Buffer }> {
  let jar: Buffer;
  try {
    jar = await fs.readFile(engineJar);
  } catch {
    throw new Error(`${engineJar} tidak ada: bangun engine dulu (cd engine && mvn -B -q -DskipTests package, atau npm run engine:build)`);
  }
  const outer = readZip(jar);
  const file = outer.names.find((n) => /^BOOT-INF\/lib\/camunda-webapp-webjar-[^/]+\.jar$/.test(n));
  if (!file) throw new Error(`camunda-webapp-webjar tidak ditemukan di ${engineJar}`);
  const inner = readZip(outer.read(file));
  return { file: file.slice('BOOT-INF/lib/'.length), read: (name) => inner.read(name) };
}

/** A locale JSON file (Camunda's carry a UTF-8 byte order mark). */
export function parseLocale(bytes: Buffer): LocaleFile {
  return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as LocaleFile;
}

export interface LocaleFile {
  dateLocales?: Record<string, unknown>;
  labels: Record<string, string>;
}
