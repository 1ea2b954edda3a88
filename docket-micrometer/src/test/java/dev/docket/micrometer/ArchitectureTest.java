package dev.docket.micrometer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** This module uses Docket's public API only, and no tracer or framework. */
class ArchitectureTest {
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.docket.micrometer");

    @Test
    void usesNoDocketInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.docket.internal..", "dev.docket.spi..")
                .check(MODULE);
    }

    @Test
    void needsNeitherATracerNorSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.micrometer.tracing..", "io.opentelemetry..",
                "org.springframework..").check(MODULE);
    }
}
