package io.virtdeck.demo.console;

/** The lines a Linux guest prints on its console while it boots. */
final class BootLines {

  private BootLines() {}

  static String of(GuestFacts facts) {
    var out = new StringBuilder();
    out.append("[    0.000000] Linux version ").append(facts.kernel()).append("\r\n");
    out.append("[    0.000000] Command line: console=tty0 console=ttyS0,115200n8\r\n");
    out.append("[    0.412031] ACPI: Core revision 20240827\r\n");
    for (int i = 0; i < facts.disks().size() && i < 4; i++) {
      out.append("[    1.10").append(i).append("217] virtio_blk virtio").append(i + 2);
      out.append(": [vd").append((char) ('a' + i)).append("] ").append(facts.disks().get(i).size());
      out.append("\r\n");
    }
    out.append("[  OK  ] Reached target Local File Systems.\r\n");
    out.append("[  OK  ] Started Network Manager.\r\n");
    for (int i = 0; i < facts.addresses().size() && i < 4; i++) {
      if (!facts.addresses().get(i).isEmpty()) {
        out.append("[  OK  ] eth").append(i).append(": ").append(facts.addresses().get(i));
        out.append("\r\n");
      }
    }
    out.append("[  OK  ] Started QEMU Guest Agent.\r\n");
    out.append("[  OK  ] Started OpenSSH server daemon.\r\n");
    out.append("[  OK  ] Reached target Multi-User System.\r\n");
    return out.toString();
  }
}
