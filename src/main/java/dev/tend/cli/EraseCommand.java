package dev.tend.cli;

import dev.tend.service.Erasure;
import dev.tend.service.TendServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tend erase ID --yes}: erase a contact completely (data-protection requests). */
@Command(name = "erase",
        description = {
            "Erase a contact completely: every row about them (emails, phones, photo, tags only they had, "
                    + "exchanges, follow-ups, interactions with nobody else, import records) and their search entry; "
                    + "the database file is then rewritten so their bytes are gone from it.",
            "Backups made before keep them until the backup rotation removes those backups.",
            "Export their data first with: tend export --format json --contact ID"})
final class EraseCommand extends DatabaseCommand {
    @Parameters(paramLabel = "ID", description = "The contact's id (tend export --format json lists them).")
    private long contactId;

    @Option(names = "--yes", description = "Confirm: without it nothing is erased.")
    private boolean yes;

    @Override
    protected int run(TendServices services) {
        String name = services.contacts().get(contactId).displayName();
        if (!yes) {
            throw new IllegalStateException("This would erase " + name + " (contact " + contactId
                    + ") completely and cannot be undone; nothing was erased. Run it again with --yes to confirm.");
        }
        Erasure.Result r = services.erasure().erase(contactId);
        out().printf("Erased %s (contact %d): also %d interaction%s with nobody else, %d import record%s, %d tag%s.%n",
                r.name(), r.contactId(), r.interactions(), r.interactions() == 1 ? "" : "s", r.importRecords(),
                r.importRecords() == 1 ? "" : "s", r.tags(), r.tags() == 1 ? "" : "s");
        out().flush();
        return 0;
    }
}
