package id.deskpilkada.security.application;

/**
 * A node of the index model in tree order (each dimension, then its sub-dimensions, each followed by its
 * indicators).
 *
 * @param depth     0 for a dimension, 1 for a sub-dimension, 2 for an indicator in the usual three-level model
 * @param indicator whether assessors score it (a leaf)
 */
public record IndexNodeView(String code, String parentCode, String name, double weight, int depth,
                            boolean indicator) {
}
