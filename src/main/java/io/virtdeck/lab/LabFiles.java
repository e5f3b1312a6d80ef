package io.virtdeck.lab;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a lab file (YAML; the format is in the README, section "Guided labs"): a title, a summary
 * and steps, each with a title, a hint, the kubectl way and a {@code done-when} condition.
 */
public final class LabFiles {

  private static final ObjectMapper YAML = new YAMLMapper();

  private LabFiles() {}

  /** The lab in {@code yaml}; its id is {@code id}, {@code source} names the file in messages. */
  public static Lab read(String id, String yaml, String source) {
    Object root;
    try {
      root = YAML.readValue(yaml, Object.class);
    } catch (JacksonException e) {
      throw new LabFileException(source + " is not valid YAML: " + e.getOriginalMessage(), e);
    }
    Map<String, Object> lab = map(root, source);
    List<LabStep> steps = new ArrayList<>();
    Object listed = lab.get("steps");
    if (!(listed instanceof List<?> items) || items.isEmpty()) {
      throw new LabFileException(source + " has no steps: add a list under steps:");
    }
    for (int i = 0; i < items.size(); i++) {
      String where = source + ", step " + (i + 1);
      Map<String, Object> step = map(items.get(i), where);
      steps.add(
          new LabStep(
              text(step.get("title"), where, true),
              text(step.get("hint"), where, false),
              string(step.get("kubectl")),
              LabConditions.read(step.get("done-when"), where)));
    }
    return new Lab(
        id,
        text(lab.get("title"), source, true),
        text(lab.get("summary"), source, false),
        steps,
        source);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(@Nullable Object value, String where) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new LabFileException(where + ": expected a mapping (key: value lines)");
  }

  /** A plain string (English) or a mapping of language to text. */
  static Text text(@Nullable Object value, String where, boolean required) {
    if (value instanceof String s) {
      return Text.of(s);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, String> texts = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> texts.put(String.valueOf(k), string(v)));
      return new Text(texts);
    }
    if (required) {
      throw new LabFileException(where + " has no title");
    }
    return new Text(Map.of());
  }

  static String string(@Nullable Object value) {
    return value == null ? "" : String.valueOf(value).strip();
  }

  /** {@code namespace/name}. */
  static ResourceKey key(@Nullable Object value, String where) {
    String text = string(value);
    int slash = text.indexOf('/');
    if (slash <= 0 || slash == text.length() - 1) {
      throw new LabFileException(where + ": write the VM as namespace/name, not \"" + text + "\"");
    }
    return new ResourceKey(text.substring(0, slash), text.substring(slash + 1));
  }

  static PowerState power(@Nullable Object value, String where) {
    return switch (string(value).toLowerCase(Locale.ROOT)) {
      case "on", "powered-on", "running" -> PowerState.POWERED_ON;
      case "off", "powered-off", "stopped" -> PowerState.POWERED_OFF;
      case "suspended", "paused" -> PowerState.SUSPENDED;
      default ->
          throw new LabFileException(
              where + ": state is on, off or suspended, not \"" + string(value) + "\"");
    };
  }
}
