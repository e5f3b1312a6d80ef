package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Optional;

/**
 * The YAML of an object as the cache holds it, without managedFields: what the task dialogs show as
 * the object's current state. The cached object itself is never changed (a copy is trimmed).
 */
public final class ObjectYaml {

  private ObjectYaml() {}

  /** The object's YAML, without managedFields. */
  public static String of(HasMetadata object) {
    HasMetadata copy = Serialization.clone(object);
    copy.getMetadata().setManagedFields(null);
    return Serialization.asYaml(copy);
  }

  /** The object's YAML, without managedFields; empty text when there is no object. */
  public static String of(Optional<? extends HasMetadata> object) {
    return object.map(ObjectYaml::of).orElse("");
  }
}
