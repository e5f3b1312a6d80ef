package io.virtdeck.provision;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Message;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a New VM creation ended: the objects it created (kind and key, in order) and, when a step
 * failed, why; those objects then exist without the rest, and the wizard offers to delete them.
 */
public record CreationResult(List<Created> created, @Nullable Message failure) {

  /** One object created. */
  public record Created(String kind, ResourceKey key) {}

  public CreationResult {
    created = List.copyOf(created);
  }

  public boolean completed() {
    return failure == null;
  }
}
