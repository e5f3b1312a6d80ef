package io.virtdeck.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.virtdeck.cluster.ClusterConnection;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The gauge {@value #INFO}, always 1, tagged with VirtDeck's {@code version} and the managed {@code
 * cluster}'s name: what {@code /actuator/info} would say, on the one endpoint exposed.
 */
@Component
public class VersionMetrics implements MeterBinder {

  static final String INFO = "virtdeck.info";

  private final ClusterConnection connection;

  public VersionMetrics(ClusterConnection connection) {
    this.connection = connection;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder(INFO, () -> 1)
        .description("VirtDeck's version and the cluster it manages")
        .tag("version", version())
        .tag("cluster", connection.name())
        .register(registry);
  }

  static String version() {
    return Objects.requireNonNullElse(
        VersionMetrics.class.getPackage().getImplementationVersion(), "development");
  }
}
