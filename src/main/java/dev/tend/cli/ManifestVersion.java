package dev.tend.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar manifest by the build; "dev" when run from classes. */
public final class ManifestVersion implements IVersionProvider {
    static final String UNPACKAGED = "dev";

    @Override
    public String[] getVersion() {
        return new String[] {"tend " + version()};
    }

    static String version() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? UNPACKAGED : version;
    }
}
