package io.virtdeck.task;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Request bodies as scripts show them: JSON read into ordered maps and written as YAML. */
public final class Manifests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .build();

  private Manifests() {}

  /** A JSON body read into a value (an ordered map, a list, ...). */
  public static Object read(String json) {
    return JSON.readValue(json, Object.class);
  }

  /** A JSON object body read into an ordered map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(String json) {
    Object value = read(json);
    return value instanceof Map<?, ?> map
        ? new LinkedHashMap<>((Map<String, Object>) map)
        : new LinkedHashMap<>();
  }

  /** Any value as YAML, ending with a line break. */
  public static String yaml(Object value) {
    String text = YAML.writeValueAsString(value);
    return text.endsWith("\n") ? text : text + "\n";
  }

  /** A JSON body as YAML. */
  public static String yamlOfJson(String json) {
    return yaml(read(json));
  }

  /** Any value as compact JSON. */
  public static String json(Object value) {
    return JSON.writeValueAsString(value);
  }
}
