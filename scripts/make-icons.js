#!/usr/bin/env node
/**
 * Draws the add-in icons (a green check badge over a table grid) into assets/icon-<size>.png.
 * Only Node built-ins: shapes are rasterised with 4x4 supersampling, PNGs encoded with zlib (deflate and CRC-32).
 * Output is deterministic, so the committed PNGs only change when this drawing changes.
 * Run: node scripts/make-icons.js
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** Sizes Office asks for: 16/32/80 ribbon, 32 IconUrl, 64 HighResolutionIconUrl. */
const SIZES = [16, 32, 64, 80];
const SUBSAMPLES = 4;

const COLOURS = {
  sheet: [255, 255, 255, 255],
  header: [214, 226, 238, 255],
  grid: [96, 110, 126, 255],
  badge: [16, 124, 65, 255], // Excel green
  ring: [255, 255, 255, 255],
  tick: [255, 255, 255, 255],
};

// ---- PNG encoding --------------------------------------------------------------------------------

/** CRC-32 as PNG chunks use it (ISO 3309): Node's own. */
const crc32 = (bytes) => zlib.crc32(bytes);

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encode RGBA pixels (Uint8Array, width*height*4) as an 8-bit RGBA PNG. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Drawing -------------------------------------------------------------------------------------

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The icon as layers painted bottom to top; each returns a colour or null at a point in pixel units.
 * Grid lines are snapped to whole pixels so they stay crisp at 16 px.
 */
function layers(size) {
  const snap = (u) => Math.round(u * size);
  const line = Math.max(1, Math.round(size / 32));
  const left = snap(0.06);
  const top = snap(0.1);
  const right = snap(0.86);
  const bottom = snap(0.82);
  const cols = [left, snap(0.33), snap(0.6), right - line];
  const rows = [top, snap(0.3), snap(0.47), snap(0.64), bottom - line];
  const onLine = (v, stops) => stops.some((s) => v >= s && v < s + line);

  const cx = size * 0.69;
  const cy = size * 0.69;
  const radius = size * 0.26;
  const ring = Math.max(1, size / 24);
  const tickWidth = Math.max(1.4, size * 0.075);
  const tick = [
    [cx - radius * 0.5, cy + radius * 0.02],
    [cx - radius * 0.12, cy + radius * 0.4],
    [cx + radius * 0.52, cy - radius * 0.36],
  ];

  const inSheet = (x, y) => x >= left && x < right && y >= top && y < bottom;
  return [
    (x, y) => (inSheet(x, y) ? COLOURS.sheet : null),
    (x, y) => (inSheet(x, y) && y < rows[1] ? COLOURS.header : null),
    (x, y) => (inSheet(x, y) && (onLine(Math.floor(x), cols) || onLine(Math.floor(y), rows)) ? COLOURS.grid : null),
    (x, y) => (Math.hypot(x - cx, y - cy) <= radius + ring ? COLOURS.ring : null),
    (x, y) => (Math.hypot(x - cx, y - cy) <= radius ? COLOURS.badge : null),
    (x, y) =>
      Math.hypot(x - cx, y - cy) <= radius &&
      Math.min(
        distanceToSegment(x, y, ...tick[0], ...tick[1]),
        distanceToSegment(x, y, ...tick[1], ...tick[2]),
      ) <=
        tickWidth / 2
        ? COLOURS.tick
        : null,
  ];
}

/** Rasterise the icon at `size` px: transparent background, supersampled edges. */
function drawIcon(size) {
  const paint = layers(size);
  const rgba = new Uint8Array(size * size * 4);
  const n = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums over subsamples, so edges blend against transparency correctly.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = px + (sx + 0.5) / SUBSAMPLES;
          const y = py + (sy + 0.5) / SUBSAMPLES;
          let colour = null;
          for (const layer of paint) colour = layer(x, y) || colour;
          if (!colour) continue;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((a / n) * 255);
      }
    }
  }
  return rgba;
}

function main() {
  const outDir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = encodePng(size, size, drawIcon(size));
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { crc32, encodePng, drawIcon, SIZES };
