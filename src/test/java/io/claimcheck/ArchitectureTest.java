package io.claimcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: model ← ingest/extract/align ← finding ← engine ← baseline ← report ← cli. */
@AnalyzeClasses(packages = "io.claimcheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("io.claimcheck.model..")
            .layer("ingest").definedBy("io.claimcheck.ingest..")
            .layer("extract").definedBy("io.claimcheck.extract..")
            .layer("align").definedBy("io.claimcheck.align..")
            .layer("finding").definedBy("io.claimcheck.finding..")
            .layer("engine").definedBy("io.claimcheck.engine..")
            .layer("baseline").definedBy("io.claimcheck.baseline..")
            .layer("report").definedBy("io.claimcheck.report..", "gg.jte.generated..")
            .layer("cli").definedBy("io.claimcheck.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("baseline").mayOnlyBeAccessedByLayers("report", "cli")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("align").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("extract").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("finding").mayOnlyBeAccessedByLayers("engine", "baseline", "report", "cli");

    @ArchTest
    static final ArchRule noCycles = slices().matching("io.claimcheck.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheEngineKnowsDrools = noClasses().that().resideOutsideOfPackage("io.claimcheck.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..");

    @ArchTest
    static final ArchRule onlyTheCliExits = noClasses().that().resideOutsideOfPackage("io.claimcheck.cli..")
            .should().callMethod(System.class, "exit", int.class);
}
