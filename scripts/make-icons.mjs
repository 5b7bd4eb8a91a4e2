#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16/32/64/80.png): a teal rounded square with an open case book and a
// check mark. Rasterised here with 4×4 supersampling and written as PNG with node:zlib, so the icons are
// reproducible from this script alone.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square; each returns true when (x, y) is inside.
const roundedSquare = (x, y) => {
  const r = 0.18, m = 0.03;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r), cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const page = (x, y) => x >= 0.2 && x <= 0.8 && y >= 0.2 && y <= 0.8 && Math.abs(x - 0.5) > 0.025;
const lines = (x, y) =>
  ((x >= 0.26 && x <= 0.44) || (x >= 0.56 && x <= 0.74)) && [0.3, 0.4, 0.5].some((l) => y >= l && y <= l + 0.04);
const segment = (x, y, [x1, y1], [x2, y2], w) => {
  const dx = x2 - x1, dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2 <= w * w;
};
const check = (x, y) => segment(x, y, [0.5, 0.64], [0.6, 0.74], 0.055) || segment(x, y, [0.6, 0.74], [0.8, 0.52], 0.055);

const TEAL = [0, 120, 112], WHITE = [255, 255, 255], INK = [120, 170, 165], GOLD = [255, 185, 0];
function colourAt(x, y) {
  if (check(x, y)) return GOLD;
  if (!roundedSquare(x, y)) return null;
  if (page(x, y)) return lines(x, y) ? INK : WHITE;
  return TEAL;
}

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const s = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < s; sy++) {
        for (let sx = 0; sx < s; sx++) {
          const c = colourAt((px + (sx + 0.5) / s) / size, (py + (sy + 0.5) / s) / size);
          if (c) { acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1; }
        }
      }
      const o = (py * size + px) * 4;
      if (acc[3] > 0) {
        rgba[o] = Math.round(acc[0] / acc[3]);
        rgba[o + 1] = Math.round(acc[1] / acc[3]);
        rgba[o + 2] = Math.round(acc[2] / acc[3]);
      }
      rgba[o + 3] = Math.round((255 * acc[3]) / (s * s));
    }
  }
  return png(size, rgba);
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, draw(size));
console.log("icons written to assets/");
