#!/usr/bin/env python3
"""Reads a PNG screenshot with the standard library only (zlib, no PIL) and says whether it shows a page.

    png_check.py PNG [--min-ink FRACTION] [--min-height PX] [--max-height PX] [--crop X Y W H OUT.png]

Prints the image's size, the fraction of non-white pixels ("ink") and the height of the content (the last
row with a non-white pixel, plus one). Exits 0 if the ink is at least --min-ink and the content height is
within [--min-height, --max-height]; 1 otherwise; 2 if the file is not a PNG it can read (8-bit RGB or RGBA,
not interlaced, as Chromium writes). --crop writes a part of the image as a new PNG (for a person to look at).
"""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None:
        raise ValueError("no IHDR chunk")
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
            elif kind != 0:
                raise ValueError(f"bad filter type {kind}")
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def write_png(path, width, height, channels, rows):
    colour = 2 if channels == 3 else 6
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def main(argv):
    args = argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    path, opts, crop = args[0], {"--min-ink": 0.01, "--min-height": 1, "--max-height": 10 ** 9}, None
    i = 1
    while i < len(args):
        if args[i] == "--crop":
            crop = (int(args[i + 1]), int(args[i + 2]), int(args[i + 3]), int(args[i + 4]), args[i + 5])
            i += 6
        else:
            opts[args[i]] = float(args[i + 1])
            i += 2
    try:
        width, height, channels, rows = read_png(path)
    except (OSError, ValueError, zlib.error) as e:
        print(f"{path}: {e}", file=sys.stderr)
        return 2
    if crop:
        x, y, w, h, out = crop
        part = [r[x * channels:(x + w) * channels] for r in rows[y:y + h]]
        write_png(out, min(w, width - x), len(part), channels, part)
    ink, last = 0, 0
    for y, r in enumerate(rows):
        dark = 0
        for x in range(0, len(r), channels):
            if r[x] < 240 or r[x + 1] < 240 or r[x + 2] < 240:
                dark += 1
        if dark:
            ink += dark
            last = y + 1
    fraction = ink / (width * height)
    print(f"{path}: {width}x{height} px, ink {fraction:.4f}, content height {last} px")
    ok = True
    if fraction < opts["--min-ink"]:
        print(f"blank: ink {fraction:.4f} < {opts['--min-ink']}", file=sys.stderr)
        ok = False
    if not opts["--min-height"] <= last <= opts["--max-height"]:
        print(f"content height {last} px is outside [{opts['--min-height']:.0f}, {opts['--max-height']:.0f}]",
              file=sys.stderr)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
