package io.virtdeck.alarm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where acknowledgements are kept ({@code configMap} in {@code namespace}, VirtDeck's own: empty
 * means the namespace of VirtDeck's cluster connection, its pod's namespace in a cluster) and how
 * often Prometheus's alerts are read.
 */
@ConfigurationProperties("virtdeck.alarms")
public record AlarmProperties(String namespace, String configMap, Duration poll) {

  public AlarmProperties {
    namespace = namespace == null ? "" : namespace.strip();
    configMap = configMap == null || configMap.isBlank() ? "virtdeck-alarms" : configMap.strip();
    poll = poll == null ? Duration.ofSeconds(15) : poll;
  }
}
