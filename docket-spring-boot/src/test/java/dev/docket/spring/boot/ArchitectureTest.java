package dev.docket.spring.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Spring integration uses Docket's public API only. */
class ArchitectureTest {
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.docket.spring");

    @Test
    void usesNoDocketInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.docket.internal..").check(MODULE);
    }

    @Test
    void theAnnotationsAndHandlerInterfacesNeedNoSpringBoot() {
        noClasses().that().resideInAPackage("dev.docket.spring")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.boot..").check(MODULE);
    }
}
