package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.Event;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.EventFields;
import io.virtdeck.cluster.Indexes;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserIdentity;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * Host → Events: the Events of the Node and of the migrations to and from it ({@link
 * HostEventSelection}), from the shared event cache, as far as the user may list events; and a
 * stream saying when they may have changed.
 */
@Service
public class HostEvents {

  private final ClusterCaches caches;
  private final AccessReviews reviews;
  private final Clock clock;

  public HostEvents(ClusterCaches caches, AccessReviews reviews, Clock clock) {
    this.caches = caches;
    this.reviews = reviews;
    this.clock = clock;
  }

  /** The namespaces whose events the user may list. */
  public NamespaceScope scope(UserIdentity user) {
    return reviews.listScope(user, "", "events");
  }

  public List<HostEvent> of(String host, NamespaceScope scope) {
    return HostEventSelection.select(
        host,
        caches.migrations().list(),
        key -> caches.events().byIndex(Indexes.BY_INVOLVED_OBJECT, key),
        scope,
        clock.instant());
  }

  /** Emits when an event about a node, a migration or an instance, or a migration, changed. */
  public Flux<Object> changes() {
    return Flux.<Object>merge(
        caches.events().changes().filter(c -> HostEventSelection.about(c.object())),
        caches.migrations().changes());
  }

  static HostEvent toRow(Event event) {
    var involved = event.getInvolvedObject();
    String namespace = involved.getNamespace();
    String name =
        namespace == null || namespace.isEmpty()
            ? involved.getName()
            : namespace + "/" + involved.getName();
    return new HostEvent(
        EventFields.time(event),
        String.valueOf(event.getType()),
        String.valueOf(event.getReason()),
        involved.getKind() + " " + name,
        String.valueOf(event.getMessage()),
        EventFields.source(event));
  }
}
