package dev.tend.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tend.service.ImportService.UndoResult;
import dev.tend.store.ImportStore.Batch;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Prints {@code tend import --history} and {@code --undo}: as text or as JSON. */
final class ImportHistoryPrinter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PrintWriter out;
    private final boolean json;
    private final ZoneId zone;

    ImportHistoryPrinter(PrintWriter out, boolean json, ZoneId zone) {
        this.out = out;
        this.json = json;
        this.zone = zone;
    }

    void history(List<Batch> batches) {
        if (json) {
            ArrayNode list = mapper().createArrayNode();
            for (Batch b : batches) {
                ObjectNode n = list.addObject();
                n.put("batch", b.id()).put("files", b.source()).put("format", b.format())
                        .put("startedAt", b.startedAt().toString())
                        .put("imported", b.imported()).put("merged", b.merged())
                        .put("skipped", b.skipped()).put("rejected", b.rejected());
                if (b.eventId() == null) {
                    n.putNull("event");
                } else {
                    n.put("event", b.eventId());
                }
                if (b.undoneAt() == null) {
                    n.putNull("undoneAt");
                } else {
                    n.put("undoneAt", b.undoneAt().toString());
                }
            }
            print(list);
            return;
        }
        if (batches.isEmpty()) {
            out.println("No imports yet.");
        }
        for (Batch b : batches) {
            out.printf("%d  %s  %s: imported %d, merged %d, skipped %d, rejected %d%s%n", b.id(), local(b.startedAt()),
                    b.source(), b.imported(), b.merged(), b.skipped(), b.rejected(),
                    b.undoneAt() == null ? "" : " (undone " + local(b.undoneAt()) + ")");
        }
        out.flush();
    }

    void undone(UndoResult r) {
        if (json) {
            print(mapper().createObjectNode().put("batch", r.batchId()).put("removed", r.removed())
                    .put("restored", r.restored()));
            return;
        }
        out.printf("Undid import %d: removed %d contacts, restored %d.%n", r.batchId(), r.removed(), r.restored());
        out.flush();
    }

    private String local(Instant at) {
        return WHEN.format(at.atZone(zone));
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private void print(Object node) {
        try {
            out.println(mapper().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
