package io.virtdeck.provision;

import io.virtdeck.cluster.ResourceKey;
import java.util.List;

/** What Delete from Disk would touch: the VM, whether it runs (then it must be powered off). */
public record DeletePlan(ResourceKey vm, String vmUid, boolean running, List<DeleteItem> items) {

  public DeletePlan {
    items = List.copyOf(items);
  }
}
