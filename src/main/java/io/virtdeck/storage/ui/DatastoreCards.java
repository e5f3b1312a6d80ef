package io.virtdeck.storage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.storage.Amount;
import io.virtdeck.storage.Capacity;
import io.virtdeck.storage.Datastore;
import io.virtdeck.ui.Formats;
import io.virtdeck.ui.PropertyCard;

/** The Summary of a datastore: its StorageClass settings, and its capacity with sources. */
final class DatastoreCards {

  private DatastoreCards() {}

  static Component summary(Datastore store) {
    PropertyCard details = new PropertyCard(t("storage.summary.title"));
    details.setId("datastore-summary");
    details.row(t("storage.summary.default"), t(store.isDefault() ? "storage.yes" : "storage.no"));
    details.row(t("storage.summary.provisioner"), store.provisioner());
    details.row(t("storage.summary.reclaim"), store.reclaimPolicy());
    details.row(t("storage.summary.binding"), store.bindingMode());
    details.row(
        t("storage.summary.expansion"),
        t(store.expandable() ? "storage.summary.expandable" : "storage.summary.fixed"));
    details.row(
        t("storage.summary.snapshots"),
        store.snapshots()
            ? t("storage.summary.snapshot-class", store.snapshotClass())
            : t("storage.summary.no-snapshots", store.provisioner()));
    return new Div(details, capacity(store.capacity()));
  }

  static Component capacity(Capacity capacity) {
    PropertyCard card = new PropertyCard(t("storage.capacity.title"));
    card.setId("datastore-capacity");
    card.row(t("storage.capacity.capacity"), amount(capacity.capacity()));
    card.row(t("storage.capacity.provisioned"), amount(capacity.provisioned()));
    card.row(t("storage.capacity.used"), amount(capacity.used()));
    card.row(t("storage.capacity.free"), amount(capacity.free()));
    double fraction = capacity.usedFraction();
    if (fraction >= 0) {
      ProgressBar bar = new ProgressBar(0, 1, fraction);
      bar.setId("datastore-capacity-bar");
      Span label =
          new Span(
              t(
                  "storage.capacity.bar",
                  Formats.bytes(capacity.used().bytes()),
                  Formats.bytes(capacity.capacity().bytes()),
                  String.valueOf(Math.round(fraction * 100))));
      card.add(new Div(label, bar));
    } else {
      Span unknown = new Span(t("storage.capacity.no-bar"));
      unknown.setId("datastore-capacity-unknown");
      card.add(unknown);
    }
    return card;
  }

  private static Component amount(Amount amount) {
    String number = amount.known() ? Formats.bytes(amount.bytes()) : t("storage.unknown");
    Span value = new Span(number + " · " + t(amount.source().labelKey()));
    value.getElement().setAttribute("data-source", amount.source().name());
    return value;
  }

  private static String t(String key, Object... args) {
    return I18NProvider.translate(key, args);
  }
}
