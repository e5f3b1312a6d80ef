package io.virtdeck.provision;

/**
 * Edit Settings as the user typed it: every field as text, so that "0", "abc" or "1.5.5Gi" reach
 * the checks and get a sentence. Tags and custom attributes are one {@code key=value} per line.
 */
public record SettingsForm(
    String sockets,
    String cores,
    String threads,
    String memory,
    String runStrategy,
    String description,
    String labels,
    String annotations) {

  /** The form filled with a VM's current settings. */
  public static SettingsForm of(VmSettings settings) {
    return new SettingsForm(
        text(settings.sockets()),
        text(settings.cores()),
        text(settings.threads()),
        settings.memory() == null ? "" : settings.memory(),
        settings.runStrategy() == null ? "" : settings.runStrategy(),
        settings.description(),
        KeyValueLines.format(settings.labels()),
        KeyValueLines.format(settings.annotations()));
  }

  private static String text(@org.jspecify.annotations.Nullable Integer value) {
    return value == null ? "" : value.toString();
  }
}
