package dev.docket.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries of the core, enforced by the build. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.docket");

    @Test
    void spiDoesNotDependOnTheRuntime() {
        noClasses().that().resideInAPackage("dev.docket.spi..")
                .should().dependOnClassesThat().resideInAPackage("dev.docket.internal..")
                .check(CORE);
    }

    @Test
    void adminModelDoesNotDependOnTheRuntime() {
        noClasses().that().resideInAPackage("dev.docket.admin..")
                .should().dependOnClassesThat().resideInAPackage("dev.docket.internal..")
                .check(CORE);
    }

    @Test
    void coreNeverLoadsFrameworksOrStoreDrivers() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.postgresql..", "org.sqlite..", "com.zaxxer..", "redis..",
                        "dev.docket.sqlite..", "dev.docket.postgres..", "dev.docket.memory..", "dev.docket.server..")
                .check(CORE);
    }

    @Test
    void nothingDeserializesJavaObjects() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
                .check(CORE);
    }

    @Test
    void jacksonStaysBehindTheCodec() {
        noClasses().that().resideInAnyPackage("dev.docket.spi..", "dev.docket.admin..", "dev.docket.schedule..", "dev.docket.cron..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .check(CORE);
    }
}
