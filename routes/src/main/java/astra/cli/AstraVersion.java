package astra.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code astra --version}: the build's, from the jar manifest. */
final class AstraVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = AstraCli.class.getPackage().getImplementationVersion();
        return new String[] {"astra " + (v == null ? "(development build)" : v)};
    }
}
