package io.claimcheck.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rule engine is an implementation detail of this package: nothing else may touch Drools or KIE. */
class EngineBoundaryTest {

    @Test
    void onlyTheEnginePackageImportsDrools() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.claimcheck");
        noClasses()
                .that()
                .resideOutsideOfPackage("io.claimcheck.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }
}
