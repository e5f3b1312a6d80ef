package io.virtdeck.alarm;

/**
 * The object an alarm is on: a VM ({@code namespace}/{@code name}), a host ({@code name}), a folder
 * ({@code namespace}), a datastore ({@code name}) or the whole datacenter.
 */
public record AlarmTarget(Kind kind, String namespace, String name) {

  public enum Kind {
    VM,
    HOST,
    FOLDER,
    DATASTORE,
    DATACENTER
  }

  public static AlarmTarget vm(String namespace, String name) {
    return new AlarmTarget(Kind.VM, namespace, name);
  }

  public static AlarmTarget host(String name) {
    return new AlarmTarget(Kind.HOST, "", name);
  }

  public static AlarmTarget folder(String namespace) {
    return new AlarmTarget(Kind.FOLDER, namespace, namespace);
  }

  public static AlarmTarget datastore(String name) {
    return new AlarmTarget(Kind.DATASTORE, "", name);
  }

  public static final AlarmTarget DATACENTER = new AlarmTarget(Kind.DATACENTER, "", "");

  /** {@code vm/shop/web-01}, {@code host/worker-01}, ...: part of an alarm's id. */
  String path() {
    String kind = kind().name().toLowerCase(java.util.Locale.ROOT);
    return switch (kind()) {
      case VM -> kind + "/" + namespace + "/" + name;
      case FOLDER -> kind + "/" + namespace;
      case HOST, DATASTORE -> kind + "/" + name;
      case DATACENTER -> kind;
    };
  }
}
