package id.deskpilkada.portal.rest;

/** RFC 9457 problem details, the body of every REST error. */
public record ProblemDetails(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
