package id.deskpilkada.portal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment of the integration tests: the WAR that Maven built, plus the test classes. */
final class PortalDeployment {

    private static final String ARQUILLIAN_RUNNER = "ArquillianServletRunnerEE9";

    private PortalDeployment() {
    }

    static WebArchive builtWar(Class<?>... testClasses) {
        File war = new File(System.getProperty("it.war", "target/deskpilkada-portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Run the integration tests through Maven (mvn verify): " + war);
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "deskpilkada-portal.war").importFrom(war)
                .as(WebArchive.class);
        return archive.setWebXML(new StringAsset(withTestRunnerPublic(webXml(archive)))).addClasses(testClasses);
    }

    /** Arquillian calls its runner servlet without a login; everything else stays as in production. */
    private static String withTestRunnerPublic(String webXml) {
        String login = "<url-pattern>/login.xhtml</url-pattern>";
        if (!webXml.contains(login)) {
            throw new IllegalStateException("web.xml no longer has the public login constraint");
        }
        return webXml.replace(login, login + "<url-pattern>/" + ARQUILLIAN_RUNNER + "</url-pattern>");
    }

    private static String webXml(WebArchive archive) {
        try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
