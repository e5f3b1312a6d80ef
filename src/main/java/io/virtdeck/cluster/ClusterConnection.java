package io.virtdeck.cluster;

import io.fabric8.kubernetes.client.Config;

/** The cluster VirtDeck talks to: its display name (a vCenter datacenter) and client config. */
public record ClusterConnection(String name, Config config) {}
