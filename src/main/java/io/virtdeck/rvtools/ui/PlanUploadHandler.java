package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.virtdeck.rvtools.read.ReadResult;
import io.virtdeck.rvtools.read.RvToolsReader;
import io.virtdeck.task.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Receives an uploaded RVTools export into a temporary file (refused beyond {@link #MAX_BYTES}),
 * reads it on the upload's own thread, outside the session lock, deletes the file, and hands the
 * result to the view inside {@code UI.access}.
 */
final class PlanUploadHandler implements UploadHandler {

  /** The largest file accepted: an RVTools export of 10,000 VMs is about 10 MB. */
  static final long MAX_BYTES = 64L << 20;

  private final BiConsumer<String, ReadResult> onRead;

  PlanUploadHandler(BiConsumer<String, ReadResult> onRead) {
    this.onRead = onRead;
  }

  @Override
  public long getFileSizeMax() {
    return MAX_BYTES;
  }

  @Override
  public void handleUploadRequest(UploadEvent event) throws IOException {
    UI ui = event.getUI();
    String name = event.getFileName();
    Path file = Files.createTempFile("virtdeck-rvtools-", ".upload");
    ReadResult result;
    try {
      result = copy(event, file) ? RvToolsReader.read(file) : tooLarge();
    } finally {
      Files.deleteIfExists(file);
    }
    ReadResult read = result;
    ui.access(() -> onRead.accept(name, read));
  }

  /** Copies the upload; false when it grew beyond {@link #MAX_BYTES}. */
  private static boolean copy(UploadEvent event, Path file) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (InputStream in = event.getInputStream();
        OutputStream out = Files.newOutputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > MAX_BYTES) {
          return false;
        }
        out.write(buffer, 0, n);
      }
    }
    return true;
  }

  private static ReadResult tooLarge() {
    return new ReadResult.Refused(
        Message.of("rvtools.read.too-large", String.valueOf(MAX_BYTES >> 20)));
  }
}
