/**
 * TPS (polling stations) as the portal and the REST API use them: paged lists within the caller's
 * jurisdiction, single changes by administrators, CSV import with a dry run, the synthetic generator with
 * progress, and the {@link id.deskpilkada.platform.application.region.RegionUsage} that keeps a region import
 * from removing villages with TPS. Publishes {@code platform.TpsChanged} per single change and one
 * {@code platform.TpsImported} per import or generated region.
 */
package id.deskpilkada.platform.application.tps;
