package io.virtdeck.provision;

import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Clone dialog's checks, each a sentence before anything is sent: the new VM's name (a DNS-1123
 * label of at most 63 characters, not taken in the folder) and the filters (label keys with {@code
 * *} wildcards, each perhaps negated with a leading {@code !}).
 */
public final class CloneChecks {

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern FILTER = Pattern.compile("!?[A-Za-z0-9*]([A-Za-z0-9*._/-]*)?");

  private CloneChecks() {}

  /** The problems of the form; {@code taken} are the names of the VMs in the source's folder. */
  public static List<Message> problems(CloneForm form, String folder, Set<String> taken) {
    List<Message> problems = new ArrayList<>();
    String name = form.target().strip();
    if (name.isEmpty()) {
      problems.add(Message.of("prov.new.invalid.name.empty"));
    } else if (name.length() > NewVmChecks.MAX_NAME) {
      problems.add(
          Message.of("prov.new.invalid.name.long", name, String.valueOf(NewVmChecks.MAX_NAME)));
    } else if (!DNS_LABEL.matcher(name).matches()) {
      problems.add(Message.of("prov.new.invalid.name.dns", name));
    } else if (taken.contains(name)) {
      problems.add(Message.of("prov.new.invalid.name.taken", name, folder));
    }
    filters(form.labelFilters(), "prov.clone.invalid.labels", problems);
    filters(form.annotationFilters(), "prov.clone.invalid.annotations", problems);
    return problems;
  }

  private static void filters(String text, String key, List<Message> problems) {
    for (String filter : CloneManifests.filters(text)) {
      if (!FILTER.matcher(filter).matches()) {
        problems.add(Message.of(key, filter));
        return;
      }
    }
  }
}
