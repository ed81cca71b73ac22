#!/usr/bin/env python3
"""Draws StudyBot's Teams icons without any imaging library (PNG written with zlib):
  color.png   192x192, full colour: an open book on the accent colour, rounded corners.
  outline.png  32x32, white book on a fully transparent background (Teams outline icon rules).
Run from anywhere: python3 teams/make-icons.py  (writes next to this script)."""
import os
import struct
import zlib

ACCENT = (0x2B, 0x5C, 0xD6)
WHITE = (255, 255, 255)
SUPERSAMPLE = 4


def book(x, y):
    """True when the point (x, y in 0..1, y down) is on the book glyph: two pages, a spine gap and text lines."""
    if not 0.18 <= x <= 0.82:
        return False
    left = x < 0.5
    # Pages rise towards the outer edges, like an open book seen from the front.
    lift = (0.5 - x if left else x - 0.5) * 0.16
    top, bottom = 0.28 - lift, 0.74 - lift
    if not top <= y <= bottom:
        return False
    if abs(x - 0.5) < 0.025:  # spine
        return False
    return True


def text_line(x, y):
    """Thin 'lines of text' carved out of the pages (colour icon only; too small to read at 32 px)."""
    left = x < 0.5
    inner = 0.25 <= x <= 0.44 if left else 0.56 <= x <= 0.75
    if not inner:
        return False
    lift = (0.5 - x if left else x - 0.5) * 0.16
    for row in (0.38, 0.48, 0.58):
        if abs(y - (row - lift)) < 0.018:
            return True
    return False


def rounded_square(x, y, r=0.18):
    cx = min(max(x, r), 1 - r)
    cy = min(max(y, r), 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def render(size, pixel):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0 (None)
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    x = (px + (sx + 0.5) / SUPERSAMPLE) / size
                    y = (py + (sy + 0.5) / SUPERSAMPLE) / size
                    r, g, b, a = pixel(x, y)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = SUPERSAMPLE * SUPERSAMPLE
            alpha = acc[3] / n
            if alpha == 0:
                row += bytes([0, 0, 0, 0])
            else:
                row += bytes([round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)])
        rows.append(bytes(row))
    return rows


def color_pixel(x, y):
    if not rounded_square(x, y):
        return (0, 0, 0, 0)
    if book(x, y) and not text_line(x, y):
        return (*WHITE, 255)
    return (*ACCENT, 255)


def outline_pixel(x, y):
    return (*WHITE, 255) if book(x, y) else (0, 0, 0, 0)


def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write_png(os.path.join(here, "color.png"), 192, render(192, color_pixel))
    write_png(os.path.join(here, "outline.png"), 32, render(32, outline_pixel))
    print("wrote color.png (192x192) and outline.png (32x32)")
