package io.virtdeck.security;

import io.virtdeck.cluster.UserIdentity;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One structured line per user action (logger {@code virtdeck.audit}): time, user, groups, action,
 * target and result, as {@code key="value"} pairs that log shippers parse.
 */
@Component
public class AuditLog {

  private static final Logger audit = LoggerFactory.getLogger("virtdeck.audit");

  private final Clock clock;

  public AuditLog(Clock clock) {
    this.clock = clock;
  }

  public String record(UserIdentity user, String action, String target, String result) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("time", clock.instant().toString());
    fields.put("user", user.username());
    fields.put("groups", String.join(",", user.groups()));
    fields.put("action", action);
    fields.put("target", target);
    fields.put("result", result);
    String line =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=\"" + e.getValue().replace("\"", "'") + "\"")
            .collect(Collectors.joining(" "));
    audit.info(line);
    return line;
  }
}
