package io.virtdeck.deploy;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The chart under {@code helm/virtdeck}, rendered with helm-java's bundled Helm. */
final class HelmChart {

  static final Path CHART = Path.of("helm", "virtdeck");
  static final Path VALUES = Path.of("src", "test", "resources", "helm", "values");
  static final Path GOLDEN = Path.of("src", "test", "resources", "helm", "golden");
  static final String RELEASE = "virtdeck";
  static final String NAMESPACE = "virtdeck";

  private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

  private HelmChart() {}

  /** {@code helm template} with one of the values files under {@link #VALUES}. */
  static String render(String valuesFile) {
    return new Helm(CHART)
        .template()
        .withName(RELEASE)
        .withNamespace(NAMESPACE)
        .withValuesFile(VALUES.resolve(valuesFile))
        .call();
  }

  /** The rendered YAML documents that hold an object (not just comments). */
  static List<String> documents(String rendered) {
    return Arrays.stream(DOCUMENT_SEPARATOR.split(rendered))
        .filter(doc -> doc.lines().anyMatch(line -> !line.isBlank() && !line.startsWith("#")))
        .toList();
  }

  /** Every rendered object, parsed by fabric8 into its typed model. */
  static List<HasMetadata> objects(String valuesFile) {
    return documents(render(valuesFile)).stream()
        .map(doc -> Serialization.<HasMetadata>unmarshal(doc, HasMetadata.class))
        .toList();
  }

  /** The one rendered object of {@code kind} named {@code name}. */
  static <T extends HasMetadata> T find(List<HasMetadata> objects, Class<T> kind, String name) {
    return objects.stream()
        .filter(kind::isInstance)
        .map(kind::cast)
        .filter(o -> o.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind.getSimpleName() + " " + name + " not rendered"));
  }
}
