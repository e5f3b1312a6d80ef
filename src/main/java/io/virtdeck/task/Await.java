package io.virtdeck.task;

/**
 * What a script waits for after a step, before the next one: a condition of an object (a snapshot
 * {@code Ready}) or a field reaching a value (a VM's {@code .status.printableStatus} {@code
 * Running}). Rendered as {@code kubectl wait} and as Ansible's info modules with {@code wait}.
 *
 * @param object the object, named by its collection path and name
 * @param jsonPath for a field: its path ({@code .status.phase}); empty for a condition
 * @param value for a field: the value; for a condition: its type (status True)
 */
public record Await(ApiTarget object, String jsonPath, String value) {

  /** Until the object's condition {@code type} is True. */
  public static Await condition(String objectPath, String type) {
    return new Await(ApiTarget.parse(objectPath), "", type);
  }

  /** Until the object's field at {@code jsonPath} equals {@code value}. */
  public static Await field(String objectPath, String jsonPath, String value) {
    return new Await(ApiTarget.parse(objectPath), jsonPath, value);
  }

  /** Until the VM's {@code status.printableStatus} is {@code status} (Running, Stopped, ...). */
  public static Await vmStatus(String namespace, String name, String status) {
    return field(
        "/apis/kubevirt.io/v1/namespaces/%s/virtualmachines/%s".formatted(namespace, name),
        ".status.printableStatus",
        status);
  }

  public boolean isCondition() {
    return jsonPath.isEmpty();
  }
}
