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
                .layer("paper").definedBy("org.kliping.paper..")
                .layer("story").definedBy("org.kliping.story..")
                .layer("capture").definedBy("org.kliping.capture..")
                .layer("domain").definedBy("org.kliping.domain..")
                .layer("server").definedBy("org.kliping.server..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("search").mayOnlyBeAccessedByLayers("service", "app", "server")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("service", "app", "server")
                .whereLayer("paper").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("story").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("capture").mayOnlyBeAccessedByLayers("service", "app")
                .whereLayer("server").mayOnlyBeAccessedByLayers("app")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("app", "ui", "cli", "service", "store", "search", "ingest", "paper",
                        "story", "capture", "server")
                .check(classes);
    }

    /** The window's feature panes, each in its package; they meet only in the shell and through ui.common. */
    static final java.util.List<String> UI_FEATURES = java.util.List.of("list", "reader", "sidebar", "stories", "transfer", "capture", "annotations", "paper");

    @Test
    void windowPanesDoNotReachIntoEachOther() {
        for (String feature : UI_FEATURES) {
            String[] others = java.util.stream.Stream.concat(UI_FEATURES.stream().filter(f -> !f.equals(feature)),
                    java.util.stream.Stream.of("shell")).map(f -> "org.kliping.ui." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.kliping.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a pane talks to another only through the window context (ui.common) or the shell")
                    .check(classes);
        }
        noClasses().that().resideInAPackage("org.kliping.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage(java.util.stream.Stream.concat(UI_FEATURES.stream(),
                        java.util.stream.Stream.of("shell")).map(f -> "org.kliping.ui." + f + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void onlyViewModelsAndRowSourcesCallServices() {
        noClasses().that().resideInAPackage("org.kliping.ui..")
                .and().haveSimpleNameNotEndingWith("ViewModel").and().haveSimpleNameNotEndingWith("RowSource")
                .and().doNotHaveSimpleName("KlipingApp").and().doNotHaveSimpleName("Session").and().doNotHaveSimpleName("EarlyOpen")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a method of a service",
                        call -> call.getTargetOwner().getPackageName().equals("org.kliping.service")
                                && call.getTargetOwner().getSimpleName().endsWith("Service")))
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
        onlyIn("java.sql..", "org.kliping.store..", "org.kliping.server.db..");
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
    void pdfboxStaysInPaper() {
        onlyIn("org.apache.pdfbox..", "org.kliping.paper..");
        onlyIn("org.apache.fontbox..", "org.kliping.paper..");
    }

    @Test
    void commonmarkStaysInIngest() {
        onlyIn("org.commonmark..", "org.kliping.ingest..");
    }

    @Test
    void jacksonStaysInIngestAndCli() {
        onlyIn("com.fasterxml.jackson..", "org.kliping.ingest..", "org.kliping.cli..", "org.kliping.server",
                "org.kliping.server.http..");
    }

    @Test
    void networkAndFeedsStayInCapture() {
        onlyIn("java.net.http..", "org.kliping.capture..", "org.kliping.cli..");
        onlyIn("com.rometools..", "org.kliping.capture..");
        onlyIn("org.jdom2..", "org.kliping.capture..");
    }

    /** The team server (decision 0022): Solr and PostgreSQL stay in its packages; the plugin runs inside Solr alone. */
    @Test
    void theServersLibrariesStayInTheServer() {
        onlyIn("org.apache.solr..", "org.kliping.server", "org.kliping.server.index..", "org.kliping.server.solr..");
        onlyIn("org.postgresql..", "org.kliping.server.db..");
        onlyIn("com.sun.net.httpserver..", "org.kliping.server.http..");
        noClasses().that().resideInAPackage("org.kliping.server.solr..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kliping.server", "org.kliping.server.db..",
                        "org.kliping.server.http..", "org.kliping.server.index..")
                .because("the plugin is loaded by each Solr node, which has only it and the desktop's search classes")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.kliping.server..", "org.kliping.app..")
                .should().dependOnClassesThat().resideInAPackage("org.kliping.server..")
                .because("the desktop runs without the server's libraries")
                .check(classes);
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
        ArchRule rule = noClasses().that().resideOutsideOfPackages("org.kliping.cli..", "org.kliping.app..", "org.kliping.server")
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
