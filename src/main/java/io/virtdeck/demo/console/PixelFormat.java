package io.virtdeck.demo.console;

import java.nio.ByteBuffer;

/**
 * An RFB pixel format (RFC 6143 section 7.4): how a client wants each 0xRRGGBB pixel written. True
 * colour only; 8, 16 or 32 bits per pixel.
 */
record PixelFormat(
    int bitsPerPixel,
    int depth,
    boolean bigEndian,
    int redMax,
    int greenMax,
    int blueMax,
    int redShift,
    int greenShift,
    int blueShift) {

  /** The server's own format: 32 bits, little-endian, 0x00RRGGBB. */
  static final PixelFormat DEFAULT = new PixelFormat(32, 24, false, 255, 255, 255, 16, 8, 0);

  static final int SIZE = 16;

  /** Reads the 16 bytes of a pixel format. */
  static PixelFormat read(ByteBuffer in) {
    int bpp = in.get() & 0xff;
    int depth = in.get() & 0xff;
    boolean bigEndian = in.get() != 0;
    in.get(); // true-colour flag: colour maps are not offered
    var format =
        new PixelFormat(
            bpp,
            depth,
            bigEndian,
            in.getShort() & 0xffff,
            in.getShort() & 0xffff,
            in.getShort() & 0xffff,
            in.get() & 0xff,
            in.get() & 0xff,
            in.get() & 0xff);
    in.position(in.position() + 3);
    if (bpp != 8 && bpp != 16 && bpp != 32) {
      throw new IllegalArgumentException("Unsupported bits per pixel: " + bpp);
    }
    return format;
  }

  void write(ByteBuffer out) {
    out.put((byte) bitsPerPixel).put((byte) depth).put((byte) (bigEndian ? 1 : 0)).put((byte) 1);
    out.putShort((short) redMax).putShort((short) greenMax).putShort((short) blueMax);
    out.put((byte) redShift).put((byte) greenShift).put((byte) blueShift);
    out.put(new byte[3]);
  }

  int bytesPerPixel() {
    return bitsPerPixel / 8;
  }

  /** Writes one 0xRRGGBB pixel in this format. */
  void put(ByteBuffer out, int rgb) {
    int r = (rgb >> 16 & 0xff) * redMax / 255;
    int g = (rgb >> 8 & 0xff) * greenMax / 255;
    int b = (rgb & 0xff) * blueMax / 255;
    int value = r << redShift | g << greenShift | b << blueShift;
    int bytes = bytesPerPixel();
    for (int i = 0; i < bytes; i++) {
      int shift = bigEndian ? 8 * (bytes - 1 - i) : 8 * i;
      out.put((byte) (value >>> shift));
    }
  }
}
