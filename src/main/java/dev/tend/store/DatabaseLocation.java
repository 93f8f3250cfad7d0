package dev.tend.store;

import dev.dirs.BaseDirectories;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Tend keeps its database: {@code --db} wins, then {@code TEND_DB}, then the per-OS data
 * folder of the design (Linux {@code $XDG_DATA_HOME/tend}, macOS
 * {@code ~/Library/Application Support/Tend}, Windows {@code %APPDATA%\Tend}).
 */
public final class DatabaseLocation {
    public static final String ENV_VAR = "TEND_DB";
    public static final String FILE_NAME = "tend.db";
    public static final String SAMPLE_FILE_NAME = "sample.db";

    private DatabaseLocation() {
    }

    public static Path resolve(Path explicit, Map<String, String> env) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return dataFolder().resolve(FILE_NAME);
    }

    /** The folder for the default database, its backups and the sample network. */
    public static Path dataFolder() {
        Path base = Path.of(BaseDirectories.get().dataDir);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        // Linux folders are lower-case by convention; macOS and Windows show the product name.
        return base.resolve(os.contains("linux") || os.contains("nix") || os.contains("bsd") ? "tend" : "Tend");
    }
}
