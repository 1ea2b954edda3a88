package dev.docket.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The server uses Docket's public API, admin model and store URLs only. */
class ArchitectureTest {
    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.docket.server");

    @Test
    void theServerNeverReachesIntoTheRuntimeOrAStore() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.docket.internal..", "dev.docket.sqlite..",
                        "dev.docket.postgres..", "dev.docket.memory..", "dev.docket.jdbc..", "org.sqlite..",
                        "org.postgresql..", "com.zaxxer..")
                .check(SERVER);
    }

    @Test
    void nothingDeserializesJavaObjects() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream").check(SERVER);
    }
}
