package dev.docket.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.docket.web.WebResponse;
import org.junit.jupiter.api.Test;

/** The dashboard sees Docket only through the admin model, and writes HTML only through its builder. */
class ArchitectureTest {
    private static final JavaClasses DASHBOARD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.docket.dashboard");

    @Test
    void theDashboardReadsOnlyThroughTheAdminModel() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.docket.internal..", "dev.docket.spi..",
                        "dev.docket.memory..", "dev.docket.sqlite..", "dev.docket.postgres..", "dev.docket.jdbc..",
                        "dev.docket.server..", "dev.docket.web.api..", "dev.docket.web.ops..", "com.sun.net.httpserver..",
                        "jakarta.servlet..", "org.springframework..")
                .check(DASHBOARD);
    }

    @Test
    void pagesReachTheBrowserOnlyThroughTheLayout() {
        noClasses().that().doNotHaveSimpleName("Layout").and().doNotHaveSimpleName("StaticAssets")
                .should().callMethod(WebResponse.class, "of", int.class, String.class, byte[].class)
                .because("HTML is written only by the escaping builder and sent only by Layout")
                .check(DASHBOARD);
    }

    @Test
    void nothingDeserializesJavaObjectsOrLoadsClassesByName() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream").check(DASHBOARD);
        noClasses().should().callMethod(Class.class, "forName", String.class).check(DASHBOARD);
    }
}
