package dev.tend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule fails on the deliberate violations of {@code dev.tend.archfixture} and
 * names them, and lets the allowed dependencies there pass: rules that cannot fail would guard nothing.
 */
class ArchitectureRulesTest {
    private static final String ROOT = "dev.tend.archfixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);

    @Test
    void theFixtureIsImported() {
        assertThat(FIXTURE.contain(dev.tend.archfixture.app.Main.class)).isTrue();
        assertThat(FIXTURE.size()).isGreaterThanOrEqualTo(14);
    }

    @Test
    void domainDependsOnNoOtherLayer() {
        assertViolatedBy(ArchitectureRules::domainDependsOnNoOtherLayer, "domain.BadLayerThing")
                .doesNotContain("domain.Thing.", "BadIoThing");
    }

    @Test
    void domainDoesNoFileIoSqlOrUi() {
        assertViolatedBy(ArchitectureRules::domainDoesNoFileIoSqlOrUi, "domain.BadIoThing")
                .contains("java.io.FileReader", "java.nio.file.Path", "java.sql.Connection")
                .doesNotContain("BadLayerThing");
    }

    @Test
    void storeDependsOnlyOnDomain() {
        assertViolatedBy(ArchitectureRules::storeDependsOnlyOnDomain, "store.BadRepo")
                .doesNotContain("store.Repo.");
    }

    @Test
    void fileFormatsDependOnlyOnDomain() {
        assertViolatedBy(ArchitectureRules::fileFormatsDependOnlyOnDomain, "importer.BadReader")
                .doesNotContain("importer.Reader.");
    }

    @Test
    void serviceDependsOnNeitherUiNorCli() {
        assertViolatedBy(ArchitectureRules::serviceDependsOnNeitherUiNorCli, "service.BadService")
                .contains("ui.Window", "cli.Command")
                .doesNotContain("service.Service.");
    }

    @Test
    void onlyUiAndAppUseUi() {
        assertViolatedBy(ArchitectureRules::onlyUiAndAppUseUi, "service.BadService")
                .contains("cli.BadCommand")
                .doesNotContain("app.Main");
    }

    @Test
    void onlyCliAndAppUseCli() {
        assertViolatedBy(ArchitectureRules::onlyCliAndAppUseCli, "service.BadService")
                .contains("ui.BadWindow")
                .doesNotContain("app.Main");
    }

    @Test
    void onlyUiAndAppUseJavafx() {
        assertViolatedBy(ArchitectureRules::onlyUiAndAppUseJavafx, "service.FxService")
                .doesNotContain("<" + ROOT + ".ui.Window.", "<" + ROOT + ".app.Main.");
    }

    @Test
    void onlyCliAndAppUsePicocli() {
        assertViolatedBy(ArchitectureRules::onlyCliAndAppUsePicocli, "service.PicoService")
                .doesNotContain("<" + ROOT + ".cli.Command.", "<" + ROOT + ".app.Main.");
    }

    @Test
    void layersAreFreeOfCycles() {
        // domain -> store (BadLayerThing) -> domain (Repo), and more through BadRepo, BadService, ...
        assertViolatedBy(ArchitectureRules::layersAreFreeOfCycles, "domain.BadLayerThing.repo")
                .contains("Cycle detected: Slice domain", "Slice store");
    }

    @Test
    void noNetworkOutsideSingleInstance() {
        assertViolatedBy(ArchitectureRules::noNetworkOutsideSingleInstance, "service.PhoningHome")
                .contains("java.net.Socket", "java.net.URL.openStream()", "java.net.http.HttpClient")
                .doesNotContain("Field <dev.tend.archfixture.app.SingleInstance");
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertViolatedBy(Function<String, ArchRule> rule,
                                                                                  String violator) {
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> rule.apply(ROOT).check(FIXTURE));
        assertThat(e).as("the rule must fail on the fixture").isNotNull();
        return assertThat(e.getMessage()).contains(ROOT + "." + violator);
    }
}
