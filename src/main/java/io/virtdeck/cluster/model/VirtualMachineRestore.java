package io.virtdeck.cluster.model;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * {@code snapshot.kubevirt.io/v1beta1 VirtualMachineRestore}; spec and status are kept whole until
 * a feature models them.
 */
@Group("snapshot.kubevirt.io")
@Version("v1beta1")
@Kind("VirtualMachineRestore")
public class VirtualMachineRestore
    extends CustomResource<GenericStatusResources.Body, GenericStatusResources.Body>
    implements Namespaced {}
