package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;

/**
 * A tab another feature adds to the page of a host, a folder or the datacenter (Performance, Issues
 * and Alarms), as a Spring bean; pages show the tabs for their kind after their own, in {@link
 * #order()}.
 */
public interface ObjectTab {

  /** The kinds of object page that have tabs contributed. */
  enum Kind {
    DATACENTER,
    FOLDER,
    HOST,
    DATASTORE
  }

  /** Whether this tab belongs on pages of {@code kind}. */
  boolean shows(Kind kind);

  /** i18n key of the tab's title. */
  String titleKey();

  /** The id of the tab element, for tests and links; the same on every kind of page. */
  String id();

  int order();

  /**
   * A new tab content for one object and one user: {@code name} is the host's or datastore's name,
   * the folder's namespace, or "" for the datacenter.
   */
  Component create(Kind kind, String name, UserIdentity user);

  /** The tabs among {@code tabs} for {@code kind}, in order. */
  static java.util.List<ObjectTab> of(java.util.List<ObjectTab> tabs, Kind kind) {
    return tabs.stream()
        .filter(t -> t.shows(kind))
        .sorted(java.util.Comparator.comparingInt(ObjectTab::order))
        .toList();
  }
}
