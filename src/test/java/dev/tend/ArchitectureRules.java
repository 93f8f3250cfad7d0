package dev.tend;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * Tend's layering as ArchUnit rules, for any root package: {@code ArchitectureTest} checks them on
 * the main classes under {@code dev.tend}; {@code ArchitectureRulesTest} shows each one failing on
 * the deliberate violations under {@code dev.tend.archfixture}.
 *
 * <p>domain &lt;- store &lt;- service &lt;- ui, cli &lt;- app. The ui, cli and app packages may not
 * exist yet; every rule holds (and stays meaningful) while they are empty.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    static List<ArchRule> all(String root) {
        return List.of(domainDependsOnNoOtherLayer(root), domainDoesNoFileIoSqlOrUi(root),
                storeDependsOnlyOnDomain(root), fileFormatsDependOnlyOnDomain(root),
                serviceDependsOnNeitherUiNorCli(root),
                onlyUiAndAppUseUi(root), onlyCliAndAppUseCli(root), onlyUiAndAppUseJavafx(root),
                onlyCliAndAppUsePicocli(root), layersAreFreeOfCycles(root), noNetworkOutsideSingleInstance(root));
    }

    static ArchRule domainDependsOnNoOtherLayer(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat(or(
                        resideOutsideOfPackage(root + ".."), resideInAPackage(root + ".domain..")))
                .because("the domain is the bottom layer");
    }

    static ArchRule domainDoesNoFileIoSqlOrUi(String root) {
        DescribedPredicate<JavaClass> fileIoSqlOrUi = or(
                resideInAnyPackage("java.sql..", "javax.sql..", "java.nio.file..", "java.nio.channels..",
                        "javafx..", "java.awt..", "javax.swing.."),
                nameMatching("java\\.io\\.(File|RandomAccessFile).*"));
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat(fileIoSqlOrUi.as("file I/O, SQL or UI classes"))
                .because("domain types are plain values that any layer can use and test");
    }

    static ArchRule storeDependsOnlyOnDomain(String root) {
        return classes().that().resideInAPackage(root + ".store..")
                .should().onlyDependOnClassesThat(or(resideOutsideOfPackage(root + ".."),
                        resideInAnyPackage(root + ".store..", root + ".domain..")))
                .because("the store knows the domain and its libraries, nothing above it");
    }

    static ArchRule fileFormatsDependOnlyOnDomain(String root) {
        return classes().that().resideInAnyPackage(root + ".importer..", root + ".export..")
                .should().onlyDependOnClassesThat(or(resideOutsideOfPackage(root + ".."),
                        resideInAnyPackage(root + ".importer..", root + ".export..", root + ".domain..")))
                .because("file formats turn files into domain values and back; storing is the services' job")
                .allowEmptyShould(true);
    }

    static ArchRule serviceDependsOnNeitherUiNorCli(String root) {
        return noClasses().that().resideInAPackage(root + ".service..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".ui..", root + ".cli..", root + ".app..")
                .because("the window and the command line share one service layer");
    }

    static ArchRule onlyUiAndAppUseUi(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".ui..", root + ".app..")
                .should().dependOnClassesThat().resideInAPackage(root + ".ui..")
                .allowEmptyShould(true);
    }

    static ArchRule onlyCliAndAppUseCli(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".cli..", root + ".app..")
                .should().dependOnClassesThat().resideInAPackage(root + ".cli..")
                .allowEmptyShould(true);
    }

    static ArchRule onlyUiAndAppUseJavafx(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".ui..", root + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "com.sun.javafx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("services and below run headless: in the command line and in tests")
                .allowEmptyShould(true);
    }

    static ArchRule onlyCliAndAppUsePicocli(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".cli..", root + ".app..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .allowEmptyShould(true);
    }

    /**
     * Tend makes no network connection: nothing may use sockets, URL connections, HTTP or TLS
     * clients, except {@code app.SingleInstance}, which hands files to the running window over the
     * loopback interface. (NetworkFreeTest checks the same at run time.)
     */
    static ArchRule noNetworkOutsideSingleInstance(String root) {
        DescribedPredicate<JavaClass> network = or(
                resideInAnyPackage("java.net.http..", "javax.net..", "jdk.net.."),
                nameMatching("java\\.net\\.(Socket|ServerSocket|DatagramSocket|MulticastSocket|SocketImpl\\w*"
                        + "|URLConnection|HttpURLConnection|JarURLConnection|Proxy|ProxySelector|Authenticator)"),
                nameMatching("java\\.nio\\.channels\\.(SocketChannel|ServerSocketChannel|DatagramChannel"
                        + "|AsynchronousSocketChannel|AsynchronousServerSocketChannel|NetworkChannel)"));
        return noClasses().that().resideInAPackage(root + "..")
                .and().haveNameNotMatching(java.util.regex.Pattern.quote(root + ".app.SingleInstance") + "(\\$.*)?")
                .should().dependOnClassesThat(network.as("are sockets, URL connections or HTTP/TLS clients"))
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .because("Tend makes no network connection (docs/data-safety.md); only the single-instance "
                        + "hand-over talks, on loopback")
                .allowEmptyShould(true);
    }

    static ArchRule layersAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }
}
