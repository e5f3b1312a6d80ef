package io.virtdeck.demo.events;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Builds core v1 {@link Event}s the way KubeVirt's components and the scheduler record them: named
 * {@code <object>.<hex>} (hex of the nanosecond time, unique within this JVM), count 1, first and
 * last timestamp, microsecond event time, source and reporting component.
 */
public final class KubeEvents {

  /** The type of an event about normal operation. */
  public static final String NORMAL = "Normal";

  /** The type of an event about a problem. */
  public static final String WARNING = "Warning";

  private static final AtomicLong LAST = new AtomicLong();
  private static final DateTimeFormatter MICRO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);

  private KubeEvents() {}

  /** The reference to a stored object (kind, apiVersion, namespace, name, uid), for an event. */
  public static ObjectReference reference(GenericKubernetesResource object) {
    var meta = object.getMetadata();
    return new ObjectReferenceBuilder()
        .withApiVersion(object.getApiVersion())
        .withKind(object.getKind())
        .withNamespace(meta.getNamespace())
        .withName(meta.getName())
        .withUid(meta.getUid())
        .build();
  }

  /**
   * An event about {@code involved}, to be created in its namespace.
   *
   * @param type {@link #NORMAL} or {@link #WARNING}
   * @param reason a short CamelCase reason, for example {@code Started}
   * @param component the reporting component, for example {@code virt-handler}
   * @param host the node the component runs on, or null
   */
  public static Event event(
      ObjectReference involved,
      String type,
      String reason,
      String message,
      String component,
      @Nullable String host,
      Instant now) {
    String stamp = now.truncatedTo(ChronoUnit.SECONDS).toString();
    return new EventBuilder()
        .withNewMetadata()
        .withName(name(involved.getName(), now))
        .withNamespace(involved.getNamespace())
        .endMetadata()
        .withInvolvedObject(involved)
        .withType(type)
        .withReason(reason)
        .withMessage(message)
        .withNewSource(component, host)
        .withFirstTimestamp(stamp)
        .withLastTimestamp(stamp)
        .withEventTime(new MicroTime(MICRO.format(now)))
        .withCount(1)
        .withReportingComponent(component)
        .withReportingInstance(host == null ? component : component + "-" + host)
        .build();
  }

  /** {@code <object>.<hex>}, the hex of the time in nanoseconds, never the same twice. */
  static String name(String objectName, Instant now) {
    long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    long unique = LAST.updateAndGet(last -> Math.max(last + 1, nanos));
    return objectName + "." + Long.toHexString(unique);
  }
}
