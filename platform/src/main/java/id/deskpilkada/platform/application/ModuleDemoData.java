package id.deskpilkada.platform.application;

/**
 * A module's demo data, loaded by the platform at start in the demo profile only, after the platform's own
 * (regions, agencies, TPS, demo accounts). Implementations load nothing when their data is already there.
 */
public interface ModuleDemoData {

    void loadIfEmpty();
}
