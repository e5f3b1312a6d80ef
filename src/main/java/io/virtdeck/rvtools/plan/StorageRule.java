package io.virtdeck.rvtools.plan;

import java.util.List;
import java.util.Locale;

/**
 * Which StorageClass the disks of a datastore go to: the first rule whose text the datastore's name
 * contains (ignoring case) names it, else {@code defaultClass}. The user changes the rules and the
 * default; a rule with an empty text matches nothing.
 */
public record StorageRule(String contains, String storageClass) {

  public boolean matches(String datastore) {
    return !contains.isBlank()
        && datastore.toLowerCase(Locale.ROOT).contains(contains.strip().toLowerCase(Locale.ROOT));
  }

  public static String classFor(String datastore, List<StorageRule> rules, String defaultClass) {
    return rules.stream()
        .filter(r -> r.matches(datastore))
        .map(StorageRule::storageClass)
        .findFirst()
        .orElse(defaultClass);
  }
}
