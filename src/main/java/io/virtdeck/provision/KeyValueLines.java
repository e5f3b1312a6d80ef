package io.virtdeck.provision;

import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Labels and annotations as lines of {@code key=value}, and Kubernetes' rules for them: a key is an
 * optional DNS subdomain prefix (253 characters at most) and a slash, then a name of 63 characters
 * at most (letters, digits, '-', '_', '.', starting and ending with a letter or digit); a label
 * value is empty or such a name.
 */
public final class KeyValueLines {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private KeyValueLines() {}

  /** The map as lines, sorted by key. */
  public static String format(Map<String, String> map) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(map).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    return text.toString();
  }

  /** The lines as a map; problems are added to {@code problems} with the given key prefix. */
  public static Map<String, String> parse(
      String text, boolean labels, String keyPrefix, List<Message> problems) {
    Map<String, String> result = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String number = String.valueOf(i + 1);
      int equals = line.indexOf('=');
      if (equals <= 0) {
        problems.add(Message.of(keyPrefix + ".syntax", number, line));
        continue;
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      if (!validKey(key)) {
        problems.add(Message.of(keyPrefix + ".key", number, key));
      } else if (labels && !validLabelValue(value)) {
        problems.add(Message.of(keyPrefix + ".value", number, value));
      } else if (result.containsKey(key)) {
        problems.add(Message.of(keyPrefix + ".duplicate", number, key));
      } else {
        result.put(key, value);
      }
    }
    return result;
  }

  static boolean validKey(String key) {
    int slash = key.indexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (prefix.isEmpty() || prefix.length() > 253 || !SUBDOMAIN.matcher(prefix).matches()) {
        return false;
      }
    }
    return name.length() <= 63 && NAME.matcher(name).matches();
  }

  static boolean validLabelValue(String value) {
    return value.isEmpty() || value.length() <= 63 && NAME.matcher(value).matches();
  }

  /** The keys whose values differ or that only one map has, in key order. */
  static List<String> changedKeys(Map<String, String> before, Map<String, String> after) {
    TreeMap<String, String> all = new TreeMap<>(before);
    all.putAll(after);
    List<String> changed = new ArrayList<>();
    for (String key : all.keySet()) {
      if (!java.util.Objects.equals(before.get(key), after.get(key))) {
        changed.add(key);
      }
    }
    return changed;
  }
}
