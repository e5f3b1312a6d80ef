package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import java.util.Optional;

/**
 * A card another feature adds to the VM's Summary (the console thumbnail, ...), as a Spring bean;
 * empty when the user may not see it. Made once when the VM page opens and kept while the Summary
 * redraws; cards with a negative {@link #order()} come before the Summary's own cards, the others
 * after them.
 */
public interface VmSummaryCard {

  int order();

  Optional<Component> create(ResourceKey vm, UserIdentity user);
}
