package id.deskpilkada.portal.web;

import jakarta.enterprise.context.RequestScoped;

/**
 * The region-code prefix the caller may see. Every account is national (empty prefix) until per-user
 * jurisdictions are configured by administrators; lists already query by prefix so they will narrow then.
 */
@RequestScoped
public class Jurisdiction {

    public String regionPrefix() {
        return "";
    }
}
