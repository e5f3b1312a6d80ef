package io.virtdeck.demo.console;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A screen as a PNG image, as {@code vnc/screenshot} returns it. */
final class Screenshots {

  private Screenshots() {}

  static byte[] png(TextScreen screen) {
    var image = new BufferedImage(TextScreen.WIDTH, TextScreen.HEIGHT, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, TextScreen.WIDTH, TextScreen.HEIGHT, screen.pixels(), 0, TextScreen.WIDTH);
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
