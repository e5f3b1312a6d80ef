package io.virtdeck.lab;

/** A lab file that cannot be used, with a sentence saying where and why. */
public final class LabFileException extends RuntimeException {

  public LabFileException(String message) {
    super(message);
  }

  public LabFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
