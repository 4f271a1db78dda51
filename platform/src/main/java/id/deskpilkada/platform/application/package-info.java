/** Platform application services: start-up sequence, accounts and the deployment profile. */
package id.deskpilkada.platform.application;
