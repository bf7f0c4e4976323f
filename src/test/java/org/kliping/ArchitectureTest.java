package org.kliping;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The one-way arrows of docs/architecture.md, and each library kept in its package. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kliping");
    }

    @Test
    void packagesDependOnlyDownward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("app").definedBy("org.kliping.app..")
                .layer("ui").definedBy("org.kliping.ui..")
                .layer("cli").definedBy("org.kliping.cli..")
                .layer("service").definedBy("org.kliping.service..")
                .layer("store").definedBy("org.kliping.store..")
                .layer("search").definedBy("org.kliping.search..")
                .layer("ingest").definedBy("org.kliping.ingest..")
                .layer("story").definedBy("org.kliping.story..")
                .layer("capture").definedBy("org.kliping.capture..")
                .layer("domain").definedBy("org.kliping.domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("search").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("story").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("capture").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("app", "ui", "cli", "service", "store", "search", "ingest", "story",
                        "capture")
                .check(classes);
    }

    @Test
    void domainUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.kliping.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.kliping.domain..")
                .check(classes);
    }

    @Test
    void sqliteStaysInStore() {
        onlyIn("java.sql..", "org.kliping.store..");
        onlyIn("org.sqlite..", "org.kliping.store..");
    }

    @Test
    void luceneStaysInSearch() {
        onlyIn("org.apache.lucene..", "org.kliping.search..");
    }

    @Test
    void jsoupStaysInIngest() {
        onlyIn("org.jsoup..", "org.kliping.ingest..");
    }

    @Test
    void jacksonStaysInIngestAndCli() {
        onlyIn("com.fasterxml.jackson..", "org.kliping.ingest..", "org.kliping.cli..");
    }

    @Test
    void networkAndFeedsStayInCapture() {
        onlyIn("java.net.http..", "org.kliping.capture..");
        onlyIn("com.rometools..", "org.kliping.capture..");
        onlyIn("org.jdom2..", "org.kliping.capture..");
    }

    @Test
    void picocliStaysInCli() {
        onlyIn("picocli..", "org.kliping.cli..");
    }

    @Test
    void javafxStaysInUiAndApp() {
        onlyIn("javafx..", "org.kliping.ui..", "org.kliping.app..");
        onlyIn("org.fxmisc..", "org.kliping.ui..");
        onlyIn("atlantafx..", "org.kliping.ui..");
    }

    @Test
    void onlyCliAndAppWriteToTheConsole() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("org.kliping.cli..", "org.kliping.app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err");
        rule.check(classes);
    }

    private static void onlyIn(String library, String... allowed) {
        noClasses().that().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().resideInAPackage(library)
                .allowEmptyShould(true)
                .check(classes);
    }
}
