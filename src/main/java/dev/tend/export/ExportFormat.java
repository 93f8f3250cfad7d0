package dev.tend.export;

import java.util.Locale;

/** The formats Tend exports to (docs/importing.md, "Export"). */
public enum ExportFormat {
    JSON, VCF, CSV;

    public static ExportFormat parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
