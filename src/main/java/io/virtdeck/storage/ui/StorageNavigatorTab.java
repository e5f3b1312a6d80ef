package io.virtdeck.storage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.NavigatorTab;
import io.virtdeck.vm.VmInventory;

/** Contributes the Storage tree (datastores under the cluster) to the navigator. */
@org.springframework.stereotype.Component
public class StorageNavigatorTab implements NavigatorTab {

  private final StorageInventory storage;
  private final VmInventory vms;
  private final AccessReviews reviews;
  private final CurrentUser currentUser;

  private final io.virtdeck.ui.ObjectMarks marks;

  StorageNavigatorTab(
      StorageInventory storage,
      VmInventory vms,
      AccessReviews reviews,
      CurrentUser currentUser,
      io.virtdeck.ui.ObjectMarks marks) {
    this.marks = marks;
    this.storage = storage;
    this.vms = vms;
    this.reviews = reviews;
    this.currentUser = currentUser;
  }

  @Override
  public String titleKey() {
    return "storage.nav";
  }

  @Override
  public VaadinIcon icon() {
    return VaadinIcon.DATABASE;
  }

  @Override
  public int order() {
    return 35;
  }

  @Override
  public Component createTree() {
    return new StorageTree(
        storage, new FollowedScopes(reviews, currentUser.require()), vms.datacenter(), marks);
  }

  @Override
  public boolean owns(Class<?> view) {
    return DatastoreView.class.isAssignableFrom(view);
  }
}
