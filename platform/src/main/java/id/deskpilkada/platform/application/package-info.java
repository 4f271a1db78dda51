/**
 * Platform application services: start-up sequence, role and region-scope checks ({@code Access}), the
 * caller's own account and login ({@code AccountService}), user administration ({@code UserAdministration}),
 * the audit log, the deployment profile and scheduled jobs that run once per cluster ({@code ClusterJobs}).
 * Publishes {@code platform.UserRoleChanged}.
 */
package id.deskpilkada.platform.application;
