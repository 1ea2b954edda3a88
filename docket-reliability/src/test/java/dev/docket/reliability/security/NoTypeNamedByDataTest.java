package dev.docket.reliability.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No code path turns a type named by stored or received data into an object: no Java
 * serialization, no Jackson default typing or class-id polymorphism, and no {@code Class.forName}
 * except on constant names of JDK classes (two reviewed places). Checked over the main code of every
 * Docket module (core, stores, web, dashboard, server, webhook, micrometer, Spring Boot, test kit); the
 * battery's own harness is left out.
 */
class NoTypeNamedByDataTest {
    /** Reviewed: each passes only string constants naming JDK classes. */
    private static final Set<String> FOR_NAME_ALLOWED = Set.of(
            "dev.docket.internal.support.Threads",
            "dev.docket.server.Signals");
    private static final Set<String> DEFAULT_TYPING = Set.of("activateDefaultTyping", "activateDefaultTypingAsProperty",
            "enableDefaultTyping", "enableDefaultTypingAsProperty", "setDefaultTyping", "polymorphicTypeValidator");

    private static JavaClasses docket;

    @BeforeAll
    static void importDocket() {
        docket = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/dev/docket/reliability/"))
                .importPackages("dev.docket");
    }

    @Test
    void everyModuleIsChecked() {
        List<String> packages = List.of("dev.docket.internal", "dev.docket.sqlite", "dev.docket.postgres",
                "dev.docket.memory", "dev.docket.jdbc", "dev.docket.web", "dev.docket.dashboard", "dev.docket.server",
                "dev.docket.webhook",
                "dev.docket.micrometer", "dev.docket.spring", "dev.docket.test");
        for (String p : packages) {
            classes().that().resideInAPackage(p + "..").should().bePublic().orShould().notBePublic()
                    .allowEmptyShould(false).as("classes of " + p + " are imported").check(docket);
        }
    }

    @Test
    void noJavaSerialization() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.beans.XMLDecoder")
                .because("a serialized stream names the classes it makes").check(docket);
    }

    @Test
    void noJacksonDefaultTyping() {
        noClasses().should().callMethodWhere(DescribedPredicate.describe("Jackson default typing",
                        (JavaMethodCall call) -> DEFAULT_TYPING.contains(call.getName())
                                && call.getTargetOwner().getPackageName().contains("jackson")))
                .because("default typing reads class names from the JSON").check(docket);
    }

    @Test
    void noJsonTypeInfoWithClassIds() {
        classes().should(notUseClassIds()).check(docket);
    }

    @Test
    void classForNameOnlyInReviewedPlacesOnConstants() {
        noClasses().that().areNotAnnotatedWith(Deprecated.class)
                .and(DescribedPredicate.describe("outside the reviewed places",
                        (JavaClass c) -> !FOR_NAME_ALLOWED.contains(c.getName().replaceAll("\\$.*", ""))))
                .should().callMethod(Class.class, "forName", String.class)
                .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
                .orShould().callMethod(ClassLoader.class, "loadClass", String.class)
                .because("a class named by data must never be loaded").check(docket);
    }

    private static ArchCondition<JavaClass> notUseClassIds() {
        return new ArchCondition<>("not use @JsonTypeInfo with class names as type ids") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<JavaAnnotation<?>> annotations = new ArrayList<>(c.getAnnotations());
                c.getFields().forEach(f -> annotations.addAll(f.getAnnotations()));
                c.getMethods().forEach(m -> annotations.addAll(m.getAnnotations()));
                c.getConstructors().forEach(k -> k.getParameters().forEach(p -> annotations.addAll(p.getAnnotations())));
                for (JavaAnnotation<?> a : annotations) {
                    if (a.getRawType().getSimpleName().equals("JsonTypeInfo")) {
                        String use = String.valueOf(a.get("use").orElse(""));
                        boolean classIds = use.contains("CLASS");
                        events.add(new SimpleConditionEvent(c, !classIds, c.getName() + " uses @JsonTypeInfo(use = "
                                + use + ")"));
                    }
                }
            }
        };
    }
}
