package dev.tend.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production logback.xml (tests themselves run on logback-test.xml). */
class LoggingConfigTest {
    @TempDir
    Path tmp;

    @Test
    void writesTendLogIntoTheLogFolderWithoutLibraryNoise() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // a context of its own, not the test run's
        context.putProperty(Main.LOG_DIR_PROPERTY, tmp.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        try {
            context.getLogger("dev.tend.store.Database").info("Opened a database");
            context.getLogger("org.flywaydb.core.FlywayExecutor").info("Database: jdbc:sqlite:x");
            context.getLogger("org.sqlite.SQLiteConnection").info("driver chatter");
        } finally {
            context.stop();
        }
        assertThat(new StatusUtil(context).getHighestLevel(0)).isLessThan(Status.WARN);
        String log = Files.readString(tmp.resolve("tend.log"));
        assertThat(log).contains("Opened a database").doesNotContain("jdbc:sqlite", "driver chatter");
    }
}
