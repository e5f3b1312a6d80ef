package io.virtdeck.provision;

import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure: the wizard's further hard disks as typed, one per line ({@code name size datastore}); a
 * line of another shape is a problem, the checks of {@link NewVmChecks} judge the values.
 */
public final class DiskLines {

  private DiskLines() {}

  /** The disks of the well-formed lines. */
  public static List<NewVm.ExtraDisk> parse(String text) {
    List<NewVm.ExtraDisk> disks = new ArrayList<>();
    for (String line : SshKeys.lines(text)) {
      String[] parts = line.split("\\s+");
      if (parts.length == 3) {
        disks.add(new NewVm.ExtraDisk(parts[0], parts[1], parts[2]));
      }
    }
    return disks;
  }

  /** A sentence for each line that is not {@code name size datastore}. */
  public static List<Message> problems(String text) {
    List<Message> problems = new ArrayList<>();
    List<String> lines = SshKeys.lines(text);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).split("\\s+").length != 3) {
        problems.add(Message.of("prov.new.invalid.disk.line", String.valueOf(i + 1), lines.get(i)));
      }
    }
    return problems;
  }
}
