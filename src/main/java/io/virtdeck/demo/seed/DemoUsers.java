package io.virtdeck.demo.seed;

import java.util.List;
import java.util.Optional;

/**
 * The users of the demo cluster, with the groups their RBAC bindings name. Signing in as one of
 * them means impersonating {@link DemoUser#username()} with {@link DemoUser#groups()}; the demo API
 * server then authorizes every request against the seeded RBAC objects.
 */
public final class DemoUsers {

  /** Group of {@link #ADMIN}: bound cluster-wide to ClusterRole {@code virtdeck-admin}. */
  public static final String ADMINS_GROUP = "virtdeck:admins";

  /** Group of {@link #OPERATOR}: operator in every demo namespace, viewer cluster-wide. */
  public static final String OPERATORS_GROUP = "virtdeck:operators";

  /** Group of {@link #HELPDESK}: helpdesk and viewer cluster-wide. */
  public static final String HELPDESK_GROUP = "virtdeck:helpdesk";

  /** Group of {@link #SHOP_OWNER}: operator in namespace {@code shop} only. */
  public static final String SHOP_OWNERS_GROUP = "shop:owners";

  /** The group every authenticated user belongs to; the API server adds it implicitly. */
  public static final String AUTHENTICATED_GROUP = "system:authenticated";

  /** One demo user: the name to impersonate, its groups, and what it may do, for humans. */
  public record DemoUser(String username, List<String> groups, String description) {

    /** Copies the group list. */
    public DemoUser {
      groups = List.copyOf(groups);
    }
  }

  /** Full control of the whole cluster. */
  public static final DemoUser ADMIN =
      new DemoUser("admin", List.of(ADMINS_GROUP), "Administrator: everything, everywhere");

  /** Runs VMs, disks, networks and snapshots in every demo namespace. */
  public static final DemoUser OPERATOR =
      new DemoUser(
          "operator",
          List.of(OPERATORS_GROUP),
          "VM operator: manages VMs, disks, snapshots and networks in all demo namespaces;"
              + " sees hosts and datastores");

  /** Finds VMs, powers them on, off and restarts them, opens their consoles. */
  public static final DemoUser HELPDESK =
      new DemoUser(
          "helpdesk",
          List.of(HELPDESK_GROUP),
          "Helpdesk: sees all VMs, can start, stop and restart them and open their consoles");

  /** Operator of the namespace {@code shop} and nothing else. */
  public static final DemoUser SHOP_OWNER =
      new DemoUser(
          "shop-owner",
          List.of(SHOP_OWNERS_GROUP),
          "Team owner: manages the VMs of namespace shop only");

  /** Every demo user, most powerful first. */
  public static final List<DemoUser> ALL = List.of(ADMIN, OPERATOR, HELPDESK, SHOP_OWNER);

  private DemoUsers() {}

  /** The demo user with this name, if there is one. */
  public static Optional<DemoUser> find(String username) {
    return ALL.stream().filter(user -> user.username().equals(username)).findFirst();
  }
}
