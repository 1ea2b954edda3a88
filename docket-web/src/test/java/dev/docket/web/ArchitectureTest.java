package dev.docket.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** The web layer's boundaries and its security rules, enforced by the build. */
class ArchitectureTest {
    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.docket.web");

    @Test
    void theWebLayerUsesOnlyThePublicApiAndTheAdminModel() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.docket.internal..", "dev.docket.sqlite..",
                        "dev.docket.postgres..", "dev.docket.memory..", "dev.docket.jdbc..", "dev.docket.server..",
                        "com.sun.net.httpserver..", "jakarta.servlet..", "org.springframework..")
                .check(WEB);
    }

    @Test
    void tokensAreComparedInConstantTime() {
        classes().that().haveSimpleName("BearerToken")
                .should().callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
                .check(WEB);
        noClasses().that().haveSimpleName("BearerToken")
                .should().callMethod(String.class, "equals", Object.class)
                .orShould().callMethod(java.util.Arrays.class, "equals", byte[].class, byte[].class)
                .check(WEB);
    }

    @Test
    void nothingDeserializesJavaObjectsOrBindsClassesNamedByInput() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream").check(WEB);
        noClasses().should().callMethod(Class.class, "forName", String.class).check(WEB);
    }
}
