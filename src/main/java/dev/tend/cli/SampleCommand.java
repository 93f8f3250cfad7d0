package dev.tend.cli;

import dev.tend.service.TendServices;
import dev.tend.store.DatabaseLocation;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code tend sample}: the fictional network for trying Tend out, in a database of its own. */
@Command(name = "sample",
        description = {
            "Write the sample network (about 50 fictional contacts met at trade fairs) into an empty database.",
            "Without --db it goes to " + DatabaseLocation.SAMPLE_FILE_NAME
                    + " beside the usual database, never into the usual database itself.",
            "Open it with: tend --db FILE"})
final class SampleCommand extends DatabaseCommand {

    @Override
    protected Path database() {
        // The sample must not end up among real contacts, so --db alone can send it elsewhere.
        Path explicit = root().explicitDatabase();
        return explicit != null ? explicit.toAbsolutePath()
                : root().database().resolveSibling(DatabaseLocation.SAMPLE_FILE_NAME);
    }

    @Override
    protected int run(TendServices services) {
        int count = services.sampleNetwork().write();
        out().printf("Wrote the sample network: %d contacts to %s%n", count, services.file());
        return 0;
    }
}
