package io.virtdeck.vm.rows;

/** A VM folder: a namespace, with how many VMs it holds. */
public record Folder(String namespace, int vmCount) {}
