package com.studybot.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class ArchitectureTest {
    private static final List<String> ADAPTERS =
            List.of("content", "index", "llm", "cache", "console", "persistence", "discord", "scheduling", "metrics");

    private static final String HTTP_SERVER = "com.sun.net.httpserver..";

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.studybot");
    }

    @Test
    void coreDependsOnlyOnTheJdkAndItself() {
        classes()
                .that()
                .resideInAPackage("com.studybot.core..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java.lang..",
                        "java.util..",
                        "java.time..",
                        "java.text..",
                        "java.io..",
                        "java.nio..",
                        "java.net..",
                        "java.math..",
                        "java.security..",
                        "org.slf4j..",
                        "com.studybot.core..")
                .check(production);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        for (String a : ADAPTERS) {
            for (String b : ADAPTERS) {
                if (!a.equals(b)) {
                    noClasses()
                            .that()
                            .resideInAPackage("com.studybot.adapter." + a + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("com.studybot.adapter." + b + "..")
                            .allowEmptyShould(true)
                            .check(production);
                }
            }
        }
    }

    @Test
    void coreAndAdaptersDoNotDependOnTheCompositionRoot() {
        noClasses()
                .that()
                .resideInAnyPackage("com.studybot.core..", "com.studybot.adapter..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.studybot.Wiring")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.studybot.App")
                .check(production);
    }

    @Test
    void nothingUsesLibraryInternals() {
        // com.sun.net.httpserver is the one exception: a supported API the jdk.httpserver module exports
        noClasses()
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "net.dv8tion.jda.internal..", "dev.langchain4j.internal..", "sun..", "com.sun..")
                        .and(not(resideInAPackage(HTTP_SERVER)))
                        .as("library internals (sun.., com.sun.. but " + HTTP_SERVER + ", JDA's, LangChain4j's)"))
                .check(production);
    }

    @Test
    void onlyTheMetricsEndpointServesHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.studybot.adapter.metrics..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(HTTP_SERVER)
                .check(production);
    }

    @Test
    void coreReadsNoWallClock() {
        noClasses()
                .that()
                .resideInAPackage("com.studybot.core..")
                .should()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .check(production);
    }
}
