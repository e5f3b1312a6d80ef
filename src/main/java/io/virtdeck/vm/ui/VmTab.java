package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;

/**
 * A tab of the VM view contributed by another feature (Snapshots, ...), as a Spring bean; the VM
 * view shows them after its own tabs, in {@link #order()}.
 */
public interface VmTab {

  /** i18n key of the tab's title. */
  String titleKey();

  /** The id of the tab element, for tests and links. */
  String id();

  int order();

  /**
   * A new tab content for one VM and one user. It is made with the VM page but attached only while
   * its tab is chosen: content that follows the cluster should use {@code LiveUpdates.follow},
   * which reads it again on every attach.
   */
  Component create(ResourceKey vm, UserIdentity user);
}
