/**
 * Test data for the migration planner: a generator of realistic RVTools exports of a vSphere
 * estate, and the malformed files the planner must refuse with a sentence.
 */
@NullMarked
package io.virtdeck.rvtools.testdata;

import org.jspecify.annotations.NullMarked;
