package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Keys of fabric8 objects. */
public final class Keys {

  private Keys() {}

  public static ResourceKey of(HasMetadata obj) {
    String namespace = obj.getMetadata().getNamespace();
    return new ResourceKey(namespace == null ? "" : namespace, obj.getMetadata().getName());
  }
}
