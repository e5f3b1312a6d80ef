package io.virtdeck.yaml;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * An object's YAML as the YAML tab shows it, in kubectl's style: quotes only where YAML needs them
 * (numbers and words such as {@code true} kept as strings are quoted, so the text reads back as the
 * same values), multi-line strings as literal blocks, long strings on one line, and without
 * managedFields. The cached object itself is never changed (a copy is trimmed).
 */
final class YamlText {

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .build();

  private YamlText() {}

  static String of(HasMetadata object) {
    HasMetadata copy = Serialization.clone(object);
    copy.getMetadata().setManagedFields(null);
    return YAML.writeValueAsString(YAML.readTree(Serialization.asJson(copy)));
  }
}
