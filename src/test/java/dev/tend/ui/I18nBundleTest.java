package dev.tend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.ui.common.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The UI speaks English and German: both bundles hold the same keys, and every key used exists. */
class I18nBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/dev/tend/ui/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> de = new TreeSet<>(load("messages_de.properties").stringPropertyNames());
        assertThat(de).as("keys only in English").containsAll(en);
        assertThat(en).as("keys only in German").containsAll(de);
    }

    @Test
    void germanTextsAreTranslatedNotCopied() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        long same = en.stringPropertyNames().stream()
                .filter(k -> en.getProperty(k).equals(de.getProperty(k))).count();
        // A few words are the same in both languages ("Online", "Position"); most must differ.
        assertThat(same).isLessThan(en.size() / 10);
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("messages.properties");
        Pattern literal = Pattern.compile("i18n\\.get(?:Or)?\\(\"([a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/tend/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !en.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Reader and import problems carry codes so the window says them in its language: each needs its text. */
    @Test
    void everyImportProblemCodeHasItsText() throws IOException {
        Properties en = load("messages.properties");
        Pattern code = Pattern.compile("\"((?:file|card|line|record)\\.[a-zA-Z]+)\"");
        Set<String> codes = new TreeSet<>();
        for (String dir : List.of("src/main/java/dev/tend/importer", "src/main/java/dev/tend/service")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = code.matcher(Files.readString(f));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        assertThat(codes).contains("file.empty", "file.notVCard", "file.noContacts", "card.empty", "line.empty",
                "record.invalid");
        assertThat(codes).allSatisfy(c -> assertThat(en).containsKey("import.problem." + c));
    }

    @Test
    void enumLabelsExistForEveryConstant() {
        I18n de = new I18n(Locale.GERMAN);
        for (Enum<?> e : Stream.of(dev.tend.domain.Circle.values(), dev.tend.domain.HowMet.values(),
                        dev.tend.domain.UrlKind.values(), dev.tend.service.MatchRule.values(),
                        dev.tend.service.MergeDecision.values(), dev.tend.importer.ColumnMapping.Field.values())
                .flatMap(Stream::of).toList()) {
            assertThat(de.label(e)).doesNotStartWith("!");
        }
        assertThat(de.label(dev.tend.domain.Circle.INNER)).isEqualTo("Innerer Kreis");
    }

    @Test
    void countsAndDatesFollowTheLocale() {
        assertThat(new I18n(Locale.ENGLISH).get("contacts.count", 1234)).isEqualTo("1,234 contacts");
        assertThat(new I18n(Locale.GERMAN).get("contacts.count", 1234)).isEqualTo("1.234 Kontakte");
        assertThat(new I18n(Locale.GERMAN).get("contacts.count", 1)).isEqualTo("1 Kontakt");
        assertThat(new I18n(Locale.GERMAN).date(java.time.LocalDate.of(2026, 4, 20))).isEqualTo("20.04.2026");
    }

    @Test
    void unsupportedLanguagesFallBackToEnglish() {
        assertThat(I18n.supported(Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.supported(Locale.GERMANY)).isEqualTo(Locale.GERMANY);
    }
}
