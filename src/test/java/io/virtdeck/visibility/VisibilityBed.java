package io.virtdeck.visibility;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.host.HostInventory;
import io.virtdeck.lab.LabChecks;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.PortGroups;
import io.virtdeck.provision.ProvisionCatalog;
import io.virtdeck.provision.VmCreation;
import io.virtdeck.provision.VmDeletion;
import io.virtdeck.security.AuditLog;
import io.virtdeck.snapshot.SnapshotServices;
import io.virtdeck.snapshot.Snapshots;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.storage.StorageOperations;
import io.virtdeck.task.TaskProperties;
import io.virtdeck.task.TaskService;
import io.virtdeck.testing.DemoClusterFixture;
import io.virtdeck.vm.VmEvents;
import io.virtdeck.vm.VmInventory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A demo cluster without simulated controllers (nothing moves while the probes look), with an
 * object of each kind the seed has none of in namespace shop planted by hand (web-01's running
 * instance on worker-01, a migration under way, an Event, two snapshots and a completed revert), an
 * empty StorageClass and an empty namespace, and one user per cached kind who may list every other
 * cached kind everywhere and that kind only in finance. The product's read services are wired by
 * hand.
 */
final class VisibilityBed implements AutoCloseable {

  static final String SHOP = "shop";
  static final ResourceKey WEB_01 = new ResourceKey(SHOP, "web-01");
  static final ResourceKey DMZ = new ResourceKey(SHOP, "vlan-200-dmz");
  static final ResourceKey ORPHAN_CLAIM = new ResourceKey(SHOP, "old-data-disk");
  static final String HOST = "worker-01";
  static final String IP = "10.250.0.11";
  static final String UNUSED_CLASS = "unused-class";
  static final String EMPTY_NAMESPACE = "empty-ns";
  static final String OLD_SNAPSHOT = "web-01-planted-old";
  static final String NEW_SNAPSHOT = "web-01-planted-new";
  static final String GROWN = "31Gi";
  static final String LIVE_ONLY_NETWORK = "live-only-net";
  static final UserIdentity ADMIN = UserIdentity.of("admin", DemoUsers.ADMIN.groups());

  private static final String SNAPSHOTS = "snapshot.kubevirt.io/v1beta1";

  final DemoClusterFixture cluster = new DemoClusterFixture(IdentityMode.IMPERSONATION);
  final AccessReviews reviews;
  final TaskService tasks;
  final VmInventory inventory;
  final VmEvents events;
  final StorageInventory storage;
  final StorageOperations disks;
  final PortGroups portGroups;
  final NetworkOperations network;
  final Snapshots snapshots;
  final HostInventory hosts;
  final VmDeletion deletion;
  final LabChecks labs;
  final VmCreation creation;

  /** The root disk of web-01: a DataVolume (30Gi) whose claim was grown to {@link #GROWN}. */
  final ResourceKey rootDisk;

  VisibilityBed() {
    var caches = cluster.caches;
    UserClients clients = new UserClients(cluster.client, cluster.connection, cluster.properties);
    reviews = new AccessReviews(clients, caches, cluster.properties, Clock.systemUTC());
    tasks =
        new TaskService(
            reviews,
            new UserRequests(clients),
            new AuditLog(Clock.systemUTC()),
            caches,
            new TaskProperties(0, null, null),
            Clock.systemUTC(),
            new SimpleMeterRegistry());
    inventory = new VmInventory(caches, cluster.connection);
    events = new VmEvents(caches);
    storage = new StorageInventory(caches, reviews);
    disks = new StorageOperations(caches, storage, reviews, tasks);
    portGroups = new PortGroups(caches, reviews);
    network = new NetworkOperations(caches, portGroups, reviews, tasks);
    snapshots = SnapshotServices.snapshots(caches, inventory, reviews);
    hosts = new HostInventory(caches, reviews);
    deletion = new VmDeletion(caches, storage, disks, reviews, tasks);
    labs = new LabChecks(caches, inventory, reviews);
    creation =
        new VmCreation(
            caches,
            reviews,
            tasks,
            new ProvisionCatalog(clients, caches, List.of()),
            storage,
            portGroups);
    rootDisk =
        storage.disks("", UserScopes.ALL).stream()
            .filter(d -> d.vms().contains(WEB_01))
            .findFirst()
            .orElseThrow()
            .key();
    for (CachedKind kind : CachedKind.values()) {
      grantAllBut(kind);
    }
    plant();
  }

  /** The user who may list every cached kind everywhere but {@code kind}: that only in finance. */
  static UserIdentity without(CachedKind kind) {
    return UserIdentity.of("no-" + kind.resource(), List.of());
  }

  UserScopes scopes(UserIdentity user) {
    return reviews.scopes(user);
  }

  private KubernetesClient admin() {
    return cluster.server.adminClient();
  }

  private void grantAllBut(CachedKind hidden) {
    String user = without(hidden).username();
    List<PolicyRule> rules = new ArrayList<>();
    Arrays.stream(CachedKind.values())
        .filter(k -> k != hidden)
        .map(VisibilityBed::read)
        .forEach(rules::add);
    clusterRole("it-all-but-" + hidden.resource(), rules);
    admin()
        .rbac()
        .clusterRoleBindings()
        .resource(
            new ClusterRoleBindingBuilder()
                .withNewMetadata()
                .withName(user)
                .endMetadata()
                .withNewRoleRef(
                    "rbac.authorization.k8s.io", "ClusterRole", "it-all-but-" + hidden.resource())
                .addNewSubject()
                .withKind("User")
                .withApiGroup("rbac.authorization.k8s.io")
                .withName(user)
                .endSubject()
                .build())
        .create();
    if (hidden.namespaced()) {
      clusterRole("it-only-" + hidden.resource(), List.of(read(hidden)));
      admin()
          .rbac()
          .roleBindings()
          .inNamespace("finance")
          .resource(
              new RoleBindingBuilder()
                  .withNewMetadata()
                  .withName(user)
                  .withNamespace("finance")
                  .endMetadata()
                  .withNewRoleRef(
                      "rbac.authorization.k8s.io", "ClusterRole", "it-only-" + hidden.resource())
                  .addNewSubject()
                  .withKind("User")
                  .withApiGroup("rbac.authorization.k8s.io")
                  .withName(user)
                  .endSubject()
                  .build())
          .create();
    }
  }

  private static PolicyRule read(CachedKind kind) {
    return new PolicyRuleBuilder()
        .withApiGroups(kind.group())
        .withResources(kind.resource())
        .withVerbs("get", "list", "watch")
        .build();
  }

  private void clusterRole(String name, List<PolicyRule> rules) {
    admin()
        .rbac()
        .clusterRoles()
        .resource(
            new ClusterRoleBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withRules(rules)
                .build())
        .create();
  }

  /** What the seed lacks: each kind gets an object in shop that a view shows. */
  private void plant() {
    plantInstance();
    create(
        "kubevirt.io/v1",
        "VirtualMachineInstanceMigration",
        "web-01-migration",
        Map.of("spec", Map.of("vmiName", "web-01")),
        Map.of(
            "phase",
            "Running",
            "migrationState",
            Map.of("sourceNode", HOST, "targetNode", "worker-02")));
    admin()
        .v1()
        .events()
        .inNamespace(SHOP)
        .resource(
            new EventBuilder()
                .withNewMetadata()
                .withName("web-01.planted")
                .withNamespace(SHOP)
                .endMetadata()
                .withNewInvolvedObject()
                .withApiVersion("kubevirt.io/v1")
                .withKind("VirtualMachine")
                .withNamespace(SHOP)
                .withName("web-01")
                .endInvolvedObject()
                .withType("Normal")
                .withReason("Planted")
                .withMessage("planted by the visibility test")
                .withLastTimestamp("2025-08-01T00:00:00Z")
                .build())
        .create();
    snapshot(OLD_SNAPSHOT, "2025-08-01T00:00:00Z");
    snapshot(NEW_SNAPSHOT, "2025-08-02T00:00:00Z");
    create(
        SNAPSHOTS,
        "VirtualMachineRestore",
        "web-01-planted-revert",
        Map.of(
            "spec",
            Map.of(
                "target",
                Map.of("apiGroup", "kubevirt.io", "kind", "VirtualMachine", "name", "web-01"),
                "virtualMachineSnapshotName",
                OLD_SNAPSHOT)),
        Map.of("complete", true, "restoreTime", "2025-08-03T00:00:00Z"));
    admin()
        .persistentVolumeClaims()
        .inNamespace(SHOP)
        .withName(rootDisk.name())
        .status()
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"status\":{\"capacity\":{\"storage\":\"" + GROWN + "\"}}}");
    admin()
        .storage()
        .v1()
        .storageClasses()
        .resource(
            new StorageClassBuilder()
                .withNewMetadata()
                .withName(UNUSED_CLASS)
                .endMetadata()
                .withProvisioner("example.com/unused")
                .build())
        .create();
    admin()
        .persistentVolumes()
        .resource(
            new PersistentVolumeBuilder()
                .withNewMetadata()
                .withName("pv-planted")
                .endMetadata()
                .withNewSpec()
                .withStorageClassName("ceph-rbd")
                .addToCapacity("storage", new Quantity(GROWN))
                .withNewClaimRef()
                .withNamespace(SHOP)
                .withName(rootDisk.name())
                .endClaimRef()
                .endSpec()
                .build())
        .create();
    admin()
        .persistentVolumes()
        .withName("pv-planted")
        .status()
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"phase\":\"Bound\"}}");
    var maintenance = new GenericKubernetesResource();
    maintenance.setApiVersion("nodemaintenance.medik8s.io/v1beta1");
    maintenance.setKind("NodeMaintenance");
    maintenance.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("planted-" + HOST)
            .build());
    maintenance.setAdditionalProperty("spec", Map.of("nodeName", HOST, "reason", "planted"));
    admin()
        .genericKubernetesResources("nodemaintenance.medik8s.io/v1beta1", "NodeMaintenance")
        .resource(maintenance)
        .create();
    admin()
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(EMPTY_NAMESPACE)
                .endMetadata()
                .build())
        .create();
    var caches = cluster.caches;
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                inventory.row(WEB_01, UserScopes.ALL).map(r -> HOST.equals(r.host())).orElse(false)
                    && caches.migrations().list(SHOP).size() == 1
                    && caches.restores().list(SHOP).size() == 1
                    && !events.of(WEB_01, UserScopes.ALL).isEmpty()
                    && caches.storageClasses().get(ResourceKey.cluster(UNUSED_CLASS)).isPresent()
                    && caches.namespaces().get(ResourceKey.cluster(EMPTY_NAMESPACE)).isPresent()
                    && hosts.nodeMaintenance(HOST).isPresent()
                    && caches.persistentVolumes().list().stream()
                        .anyMatch(
                            v -> v.getStatus() != null && "Bound".equals(v.getStatus().getPhase()))
                    && caches.snapshots().get(new ResourceKey(SHOP, NEW_SNAPSHOT)).isPresent()
                    && storage.vmDisks(WEB_01).stream()
                        .anyMatch(d -> GROWN.equals(d.disk().size())));
  }

  /** web-01 running on {@link #HOST}, its first NIC with {@link #IP}, its guest agent connected. */
  @SuppressWarnings("unchecked")
  private void plantInstance() {
    GenericKubernetesResource vm =
        admin()
            .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
            .inNamespace(SHOP)
            .withName("web-01")
            .get();
    Map<String, Object> spec = (Map<String, Object>) vm.getAdditionalProperties().get("spec");
    Map<String, Object> template =
        (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
    Map<String, Object> devices =
        (Map<String, Object>) ((Map<String, Object>) template.get("domain")).get("devices");
    String nic =
        ((List<Map<String, Object>>) devices.get("interfaces")).getFirst().get("name").toString();
    create(
        "kubevirt.io/v1",
        "VirtualMachineInstance",
        "web-01",
        Map.of("spec", withLiveOnlyNic(template)),
        Map.of(
            "phase",
            "Running",
            "nodeName",
            HOST,
            "interfaces",
            List.of(Map.of("name", nic, "ipAddress", IP, "ipAddresses", List.of(IP))),
            "conditions",
            List.of(Map.of("type", "AgentConnected", "status", "True"))));
  }

  /**
   * The template with one more adapter, on {@link #LIVE_ONLY_NETWORK}: one the instance still has
   * and the VM no longer (removed at restart), known only from the instance.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> withLiveOnlyNic(Map<String, Object> template) {
    Map<String, Object> live = new java.util.HashMap<>(template);
    Map<String, Object> domain = new java.util.HashMap<>((Map<String, Object>) live.get("domain"));
    Map<String, Object> devices =
        new java.util.HashMap<>((Map<String, Object>) domain.get("devices"));
    List<Object> interfaces = new ArrayList<>((List<Object>) devices.get("interfaces"));
    interfaces.add(Map.of("name", "live-only", "bridge", Map.of()));
    devices.put("interfaces", interfaces);
    domain.put("devices", devices);
    live.put("domain", domain);
    List<Object> networks = new ArrayList<>((List<Object>) live.get("networks"));
    networks.add(Map.of("name", "live-only", "multus", Map.of("networkName", LIVE_ONLY_NETWORK)));
    live.put("networks", networks);
    return live;
  }

  private void snapshot(String name, String time) {
    create(
        SNAPSHOTS,
        "VirtualMachineSnapshot",
        name,
        Map.of(
            "spec",
            Map.of(
                "source",
                Map.of("apiGroup", "kubevirt.io", "kind", "VirtualMachine", "name", "web-01"))),
        Map.of("phase", "Succeeded", "readyToUse", true, "creationTime", time));
  }

  /** Creates an object in shop, then writes its status, as its controller would. */
  private void create(
      String apiVersion,
      String kind,
      String name,
      Map<String, Object> body,
      Map<String, Object> status) {
    var objects = admin().genericKubernetesResources(apiVersion, kind).inNamespace(SHOP);
    var object = new GenericKubernetesResource();
    object.setApiVersion(apiVersion);
    object.setKind(kind);
    object.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName(name)
            .withNamespace(SHOP)
            .build());
    body.forEach(object::setAdditionalProperty);
    objects.resource(object).create();
    objects
        .withName(name)
        .status()
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            admin().getKubernetesSerialization().asJson(Map.of("status", status)));
  }

  @Override
  public void close() {
    tasks.destroy();
    inventory.destroy();
    reviews.destroy();
    cluster.close();
  }
}
