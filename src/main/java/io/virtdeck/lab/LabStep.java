package io.virtdeck.lab;

/**
 * One step of a lab: what to do (in vSphere words), a hint, the kubectl way to do the same, and the
 * condition that tells, live, that it is done.
 */
public record LabStep(Text title, Text hint, String kubectl, StepCondition condition) {}
