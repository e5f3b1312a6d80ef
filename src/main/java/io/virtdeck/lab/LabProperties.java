package io.virtdeck.lab;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where trainers keep their own labs: every {@code *.yaml} / {@code *.yml} in {@code folder} is a
 * lab, read again whenever the Labs page is opened (none: only the built-in labs).
 */
@ConfigurationProperties("virtdeck.labs")
public record LabProperties(@Nullable Path folder) {}
