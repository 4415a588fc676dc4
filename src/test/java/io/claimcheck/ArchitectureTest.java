package io.claimcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: model ← ingest/extract/align ← finding ← engine ← baseline ← report ← serve ← cli.
 * That only the engine touches Drools is pinned by {@code io.claimcheck.engine.EngineBoundaryTest}.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.claimcheck");

    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model")
            .definedBy("io.claimcheck.model..")
            .layer("ingest")
            .definedBy("io.claimcheck.ingest..")
            .layer("language")
            .definedBy("io.claimcheck.language..")
            .layer("extract")
            .definedBy("io.claimcheck.extract..")
            .layer("align")
            .definedBy("io.claimcheck.align..")
            .layer("finding")
            .definedBy("io.claimcheck.finding..")
            .layer("engine")
            .definedBy("io.claimcheck.engine..")
            .layer("baseline")
            .definedBy("io.claimcheck.baseline..")
            .layer("report")
            .definedBy("io.claimcheck.report..", "gg.jte.generated..")
            .layer("serve")
            .definedBy("io.claimcheck.serve..")
            .layer("cli")
            .definedBy("io.claimcheck.cli..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("serve")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("report")
            .mayOnlyBeAccessedByLayers("serve", "cli")
            .whereLayer("baseline")
            .mayOnlyBeAccessedByLayers("report", "serve", "cli")
            .whereLayer("engine")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("align")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("extract")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("language")
            .mayOnlyBeAccessedByLayers("extract", "align", "cli")
            .whereLayer("ingest")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("finding")
            .mayOnlyBeAccessedByLayers("engine", "baseline", "report", "serve", "cli");

    static final ArchRule noCycles =
            slices().matching("io.claimcheck.(*)..").should().beFreeOfCycles();

    /**
     * Every package its own slice, sub-packages included: the coarse rule above sees report and report.html as one
     * slice, so a report ↔ report.html cycle passed it. (Renderers finds the HTML renderer as a service.)
     */
    static final ArchRule noPackageCycles =
            slices().matching("io.claimcheck.(**)").should().beFreeOfCycles();

    static final ArchRule onlyTheCliExits = noClasses()
            .that()
            .resideOutsideOfPackage("io.claimcheck.cli..")
            .should()
            .callMethod(System.class, "exit", int.class);

    @Test
    void layersPointOneWay() {
        layers.check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        noCycles.check(CLASSES);
    }

    @Test
    void noPackageDependsOnItsOwnSubPackageAndBack() {
        noPackageCycles.check(CLASSES);
    }

    @Test
    void onlyTheCliCallsSystemExit() {
        onlyTheCliExits.check(CLASSES);
    }
}
