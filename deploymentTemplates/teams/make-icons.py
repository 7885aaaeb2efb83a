#!/usr/bin/env python3
"""Draws the Teams icons: color.png (192x192, white bone on the accent colour) and outline.png
(32x32, white bone on transparent). Standard library only, so anyone can redraw them."""
import math
import os
import struct
import zlib

ACCENT = (0x2F, 0x6F, 0x73)  # manifest.json accentColor
WHITE = (255, 255, 255)


def bone_distance(x, y):
    """Signed distance (unit square, centre 0.5) to a bone lying on the diagonal."""
    # Rotate by -45 degrees so the bone lies along the u axis.
    dx, dy = x - 0.5, y - 0.5
    u = (dx - dy) / math.sqrt(2)
    v = (dx + dy) / math.sqrt(2)
    half_shaft, shaft_radius = 0.27, 0.075
    knob_offset, knob_radius = 0.085, 0.105
    shaft = math.hypot(max(abs(u) - half_shaft, 0.0), v) - shaft_radius
    knobs = min(
        math.hypot(abs(u) - half_shaft, abs(v) - knob_offset) - knob_radius,
        math.hypot(abs(u) - half_shaft - 0.02, v) - knob_radius * 0.6,
    )
    return min(shaft, knobs)


def coverage(px, py, size, samples=4):
    """How much of pixel (px, py) the bone covers, by supersampling."""
    inside = 0
    for i in range(samples):
        for j in range(samples):
            x = (px + (i + 0.5) / samples) / size
            y = (py + (j + 0.5) / samples) / size
            inside += bone_distance(x, y) <= 0
    return inside / (samples * samples)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def color_pixel(x, y):
    a = coverage(x, y, 192)
    return tuple(round(c * (1 - a) + w * a) for c, w in zip(ACCENT, WHITE)) + (255,)


def outline_pixel(x, y):
    return WHITE + (round(255 * coverage(x, y, 32)),)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    png(os.path.join(here, "color.png"), 192, color_pixel)
    png(os.path.join(here, "outline.png"), 32, outline_pixel)
