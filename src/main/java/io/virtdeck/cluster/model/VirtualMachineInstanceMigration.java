package io.virtdeck.cluster.model;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * {@code kubevirt.io/v1 VirtualMachineInstanceMigration}; spec and status are kept whole until a
 * feature models them.
 */
@Group("kubevirt.io")
@Version("v1")
@Kind("VirtualMachineInstanceMigration")
@Plural("virtualmachineinstancemigrations")
@Singular("virtualmachineinstancemigration")
public class VirtualMachineInstanceMigration
    extends CustomResource<GenericStatusResources.Body, GenericStatusResources.Body>
    implements Namespaced {}
