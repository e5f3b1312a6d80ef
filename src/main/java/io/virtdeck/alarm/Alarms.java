package io.virtdeck.alarm;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.perf.PerfProblem;
import io.virtdeck.perf.PrometheusClient;
import io.virtdeck.perf.PrometheusProperties;
import io.virtdeck.security.AuditLog;
import io.virtdeck.storage.StorageInventory;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * The alarms a user sees, and Acknowledge and Reset. A user sees the alarms of VMs and folders in
 * namespaces where they may list VMs, of hosts if they may list nodes, of datastores if they may
 * list StorageClasses, and the datacenter's if they may list VMs everywhere. Acknowledging or
 * resetting needs the right to change the object (patch the VM, the node, the StorageClass; the
 * nodes for the datacenter), and is recorded in the audit log.
 */
@Service
public class Alarms implements InitializingBean, DisposableBean {

  /** What acknowledging or resetting gave: done, or why not (an i18n key and its argument). */
  public record Outcome(boolean done, String problemKey, String detail) {
    static final Outcome DONE = new Outcome(true, "", "");

    static Outcome refused(String key, String detail) {
      return new Outcome(false, key, detail);
    }
  }

  private final AlarmFeed feed;
  private final AccessReviews reviews;
  private final AuditLog audit;
  private final Clock clock;

  public Alarms(
      ClusterCaches caches,
      StorageInventory storage,
      PrometheusClient prometheus,
      PrometheusProperties prometheusProperties,
      KubernetesClient client,
      AlarmProperties properties,
      AccessReviews reviews,
      AuditLog audit,
      Clock clock) {
    String namespace =
        !properties.namespace().isEmpty()
            ? properties.namespace()
            : Objects.requireNonNullElse(client.getNamespace(), "default");
    this.feed =
        new AlarmFeed(
            caches,
            storage,
            prometheus,
            prometheusProperties,
            onChange -> new AlarmStates(client, namespace, properties.configMap(), onChange),
            properties.poll());
    this.reviews = reviews;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void afterPropertiesSet() {
    feed.start();
  }

  @Override
  public void destroy() {
    feed.close();
  }

  /** What one user may see of the alarms, fixed for a view's lifetime. */
  public AlarmScope scope(UserIdentity user) {
    return new AlarmScope(reviews.scopes(user));
  }

  /** Every alarm {@code scope}'s user may see, red first, newest first. */
  public List<Alarm> visible(AlarmScope scope) {
    return feed.current().stream().filter(scope::sees).toList();
  }

  /** The alarms on {@code target}, and for a folder or the datacenter those of what it holds. */
  public List<Alarm> within(AlarmScope scope, AlarmTarget target) {
    return visible(scope).stream().filter(a -> AlarmScope.within(a.target(), target)).toList();
  }

  /** The alarms on exactly {@code target} that {@code scope}'s user sees: cheap, for row marks. */
  public List<Alarm> on(AlarmScope scope, AlarmTarget target) {
    return feed.on(target).stream().filter(scope::sees).toList();
  }

  /** The alarms as they change (the whole list each time); filter with {@link #visible}. */
  public Flux<List<Alarm>> changes() {
    return feed.changes();
  }

  /** Why Prometheus's alerts are missing (not configured, not answering), if they are. */
  public Optional<PerfProblem> alertsProblem() {
    return feed.alertsProblem();
  }

  /** Whether {@code user} may acknowledge and reset {@code alarm}. */
  public boolean mayChange(UserIdentity user, Alarm alarm) {
    AlarmTarget target = alarm.target();
    AccessRequest request =
        switch (target.kind()) {
          case VM ->
              AccessRequest.of("patch", "kubevirt.io", "virtualmachines")
                  .in(target.namespace())
                  .named(target.name());
          case FOLDER ->
              AccessRequest.of("patch", "kubevirt.io", "virtualmachines").in(target.namespace());
          case HOST -> AccessRequest.of("patch", "", "nodes").named(target.name());
          case DATASTORE ->
              AccessRequest.of("patch", "storage.k8s.io", "storageclasses").named(target.name());
          case DATACENTER -> AccessRequest.of("patch", "", "nodes");
        };
    return reviews.allowed(user, request);
  }

  public Outcome acknowledge(UserIdentity user, String alarmId) {
    return change(user, alarmId, AlarmState.Kind.ACKNOWLEDGED);
  }

  public Outcome reset(UserIdentity user, String alarmId) {
    return change(user, alarmId, AlarmState.Kind.RESET);
  }

  private Outcome change(UserIdentity user, String alarmId, AlarmState.Kind kind) {
    String action = "alarm." + kind.name().toLowerCase(java.util.Locale.ROOT);
    Alarm alarm = feed.find(alarmId);
    if (alarm == null || !scope(user).sees(alarm)) {
      audit.record(user, action, alarmId, "refused: no such alarm");
      return Outcome.refused("alarm.refused.gone", alarmId);
    }
    if (!mayChange(user, alarm)) {
      audit.record(user, action, alarmId, "refused: not permitted");
      return Outcome.refused("alarm.refused.permission", alarm.target().path());
    }
    try {
      feed.states()
          .put(new AlarmState(alarmId, kind, user.username(), clock.instant(), alarm.since()));
    } catch (KubernetesClientException e) {
      audit.record(user, action, alarmId, "failed: " + e.getCode());
      return Outcome.refused("alarm.refused.store", String.valueOf(e.getMessage()));
    }
    audit.record(user, action, alarmId, "ok");
    return Outcome.DONE;
  }
}
