package io.virtdeck.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the caches start. {@code virtdeck.cluster.startup.defer-kinds} (on by default): the kinds the
 * first screen needs (VMs, their instances, namespaces) list first, the others once those have
 * synced and the VM inventory has loaded and built its sort indexes ({@link
 * ClusterCaches#deferOtherKindsUntil}), so that the first screen does not share the cores with
 * lists nobody looks at yet.
 */
@ConfigurationProperties("virtdeck.cluster.startup")
public record StartupProperties(@DefaultValue("true") boolean deferKinds) {}
