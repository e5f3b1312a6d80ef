package io.virtdeck.rvtools;

/** Told how far an export got: {@code done} of {@code total} VMs written (then it is zipped). */
@FunctionalInterface
public interface ExportProgress {

  ExportProgress NONE = (done, total) -> {};

  void reached(int done, int total);
}
