package dev.tend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.importer.ImportRecord;
import dev.tend.importer.ParsedFile;
import dev.tend.importer.SourceRef;
import dev.tend.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing an import while a monitor follows it: progress as it goes, and cancelling rolls it all back. */
class ImportMonitorTest {
    @TempDir
    Path tmp;
    private TendServices services;
    private ImportService imports;

    @BeforeEach
    void open() {
        services = TendServices.open(tmp.resolve("t.db"), Fixtures.CLOCK, Locale.GERMANY);
        imports = services.imports();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Five new people and one card that merges into a stored contact. */
    private ImportPreview preview(ImportOptions options) {
        services.contacts().create(Contact.builder().givenName("Anna").familyName("Schmidt")
                .email("anna@acme.example").build());
        List<ImportRecord> records = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            records.add(new ImportRecord(SourceRef.card(Path.of("fair.vcf"), i),
                    Contact.builder().givenName("Person").familyName("Nr" + i).email("p" + i + "@example.org").build(),
                    null));
        }
        records.add(new ImportRecord(SourceRef.card(Path.of("fair.vcf"), 6), Contact.builder().givenName("Anna")
                .familyName("Schmidt").email("anna@acme.example").title("CTO").build(), null));
        return imports.preview(List.of(new ParsedFile(Path.of("fair.vcf"), "vCard", records, List.of())), options);
    }

    private static final class Recorder implements ImportMonitor {
        final List<int[]> steps = new ArrayList<>();
        int cancelAfter = Integer.MAX_VALUE;

        @Override
        public void progress(int done, int total) {
            steps.add(new int[] {done, total});
        }

        @Override
        public boolean isCancelled() {
            return steps.size() >= cancelAfter;
        }
    }

    @Test
    void reportsProgressUpToTheWholeImport() {
        Recorder r = new Recorder();
        ImportReport report = imports.apply(preview(ImportOptions.NONE), Map.of(), r);
        assertThat(report.imported()).isEqualTo(5);
        assertThat(report.merged()).isEqualTo(1);
        int total = r.steps.get(r.steps.size() - 1)[1];
        assertThat(total).isEqualTo(2 + 5 + 1);
        assertThat(r.steps.get(r.steps.size() - 1)[0]).isEqualTo(total);
        for (int i = 1; i < r.steps.size(); i++) {
            assertThat(r.steps.get(i)[0]).isGreaterThanOrEqualTo(r.steps.get(i - 1)[0]);
        }
        assertThat(r.steps.stream().skip(1).mapToInt(s -> s[1])).containsOnly(total);
    }

    @Test
    void cancellingMidwayLeavesNothingStored() {
        ImportPreview p = preview(ImportOptions.event("Hannover Messe 2026", List.of("messe")));
        Recorder r = new Recorder();
        r.cancelAfter = 5;
        assertThatThrownBy(() -> imports.apply(p, Map.of(), r)).isInstanceOf(ImportCancelledException.class)
                .hasMessage("The import was cancelled; nothing was stored.");
        assertThat(r.steps).hasSize(5);
        assertThat(services.contacts().count(ContactQuery.all())).isEqualTo(1);
        assertThat(services.contacts().get(services.contacts().ids(ContactQuery.all()).get(0)).title()).isNull();
        assertThat(services.events().all()).isEmpty();
        assertThat(services.contacts().tags()).isEmpty();
        assertThat(imports.batches()).isEmpty();
        // The database takes the next import as if nothing happened.
        assertThat(imports.apply(p, Map.of()).imported()).isEqualTo(5);
    }

    @Test
    void cancelledBeforeStartingStoresNothing() {
        ImportPreview p = preview(ImportOptions.NONE);
        Recorder r = new Recorder();
        r.cancelAfter = 0;
        assertThatThrownBy(() -> imports.apply(p, Map.of(), r)).isInstanceOf(ImportCancelledException.class);
        assertThat(r.steps).isEmpty();
        assertThat(imports.batches()).isEmpty();
    }
}
