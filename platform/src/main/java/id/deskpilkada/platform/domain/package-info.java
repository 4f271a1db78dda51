/** Platform domain: user accounts and roles (regions, TPS, agencies and jurisdictions follow). */
package id.deskpilkada.platform.domain;
