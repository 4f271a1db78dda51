package id.deskpilkada.security.domain;

/**
 * A kerawanan indicator as the rules and the pages see it.
 *
 * @param liftsTo the category a TPS with this indicator has at least (kurang rawan: it lifts only by counting)
 */
public record IndicatorDefinition(String code, String name, VulnerabilityCategory liftsTo, boolean active,
                                  int ordinal) {
}
