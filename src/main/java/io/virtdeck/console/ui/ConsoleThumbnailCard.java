package io.virtdeck.console.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.console.ConsoleThumbnails;
import io.virtdeck.vm.ui.VmSummaryCard;
import java.util.Optional;

/**
 * The console thumbnail as the first card of a VM's Summary, as vSphere shows it, for users who may
 * get the VM's {@code vnc/screenshot} subresource.
 */
@org.springframework.stereotype.Component
class ConsoleThumbnailCard implements VmSummaryCard {

  private final ConsoleThumbnails thumbnails;

  ConsoleThumbnailCard(ConsoleThumbnails thumbnails) {
    this.thumbnails = thumbnails;
  }

  @Override
  public int order() {
    return -10;
  }

  @Override
  public Optional<Component> create(ResourceKey vm, UserIdentity user) {
    return thumbnails.permitted(user, vm)
        ? Optional.of(new ConsoleThumbnail(thumbnails, vm, user))
        : Optional.empty();
  }
}
