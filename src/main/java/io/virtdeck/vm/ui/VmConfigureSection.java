package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;

/**
 * One section of a VM's Configure tab (e.g. Virtual hardware: network adapters). Features
 * contribute them as Spring beans, so that the VM view needs not know them; sections are shown in
 * {@link #order()}.
 */
public interface VmConfigureSection {

  int order();

  /**
   * A new section for one VM in one UI, created on the request thread of its user with the VM page;
   * it is attached only while the Configure tab is chosen, so a live section uses {@code
   * LiveUpdates.follow} (which reads it again on every attach).
   */
  Component create(ResourceKey vm);
}
