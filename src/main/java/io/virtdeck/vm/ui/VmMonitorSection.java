package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;

/**
 * A view under a VM's Monitor tab contributed by another feature (Performance, Issues and Alarms),
 * as a Spring bean; shown after Events, in {@link #order()}.
 */
public interface VmMonitorSection {

  /** i18n key of the section's title. */
  String titleKey();

  /** The id of its tab element, for tests and links. */
  String id();

  int order();

  /** A new section for one VM and one user, created on the request thread of that user. */
  Component create(ResourceKey vm, UserIdentity user);
}
