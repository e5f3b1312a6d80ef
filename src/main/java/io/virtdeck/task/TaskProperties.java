package io.virtdeck.task;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many tasks the server keeps and for how long, and which groups see everyone's tasks (the
 * others see their own).
 */
@ConfigurationProperties("virtdeck.tasks")
public record TaskProperties(int maxCount, Duration maxAge, List<String> adminGroups) {

  public TaskProperties {
    maxCount = maxCount <= 0 ? 500 : maxCount;
    maxAge = maxAge == null ? Duration.ofHours(24) : maxAge;
    adminGroups =
        adminGroups == null || adminGroups.isEmpty()
            ? List.of("virtdeck:admins", "system:masters")
            : List.copyOf(adminGroups);
  }
}
