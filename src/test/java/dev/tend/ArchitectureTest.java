package dev.tend;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Tend's layering, checked on the main classes (tests and their fixtures excluded). */
@AnalyzeClasses(packages = "dev.tend", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "dev.tend";

    @ArchTest
    static final ArchRule domainDependsOnNoOtherLayer = ArchitectureRules.domainDependsOnNoOtherLayer(ROOT);
    @ArchTest
    static final ArchRule domainDoesNoFileIoSqlOrUi = ArchitectureRules.domainDoesNoFileIoSqlOrUi(ROOT);
    @ArchTest
    static final ArchRule storeDependsOnlyOnDomain = ArchitectureRules.storeDependsOnlyOnDomain(ROOT);
    @ArchTest
    static final ArchRule fileFormatsDependOnlyOnDomain = ArchitectureRules.fileFormatsDependOnlyOnDomain(ROOT);
    @ArchTest
    static final ArchRule serviceDependsOnNeitherUiNorCli = ArchitectureRules.serviceDependsOnNeitherUiNorCli(ROOT);
    @ArchTest
    static final ArchRule onlyUiAndAppUseUi = ArchitectureRules.onlyUiAndAppUseUi(ROOT);
    @ArchTest
    static final ArchRule onlyCliAndAppUseCli = ArchitectureRules.onlyCliAndAppUseCli(ROOT);
    @ArchTest
    static final ArchRule onlyUiAndAppUseJavafx = ArchitectureRules.onlyUiAndAppUseJavafx(ROOT);
    @ArchTest
    static final ArchRule onlyCliAndAppUsePicocli = ArchitectureRules.onlyCliAndAppUsePicocli(ROOT);
    @ArchTest
    static final ArchRule layersAreFreeOfCycles = ArchitectureRules.layersAreFreeOfCycles(ROOT);
    @ArchTest
    static final ArchRule noNetworkOutsideSingleInstance = ArchitectureRules.noNetworkOutsideSingleInstance(ROOT);

    /** The rules above only mean something if the import holds the main classes and nothing else. */
    @ArchTest
    static void theImportHoldsTheMainClassesOnly(JavaClasses classes) {
        assertThat(classes.contain(dev.tend.store.Database.class)).isTrue();
        assertThat(classes.contain(dev.tend.domain.Contact.class)).isTrue();
        assertThat(classes.contain(dev.tend.service.ContactService.class)).isTrue();
        assertThat(classes.stream().map(JavaClass::getName))
                .noneMatch(n -> n.startsWith("dev.tend.archfixture") || n.endsWith("Test"));
    }
}
