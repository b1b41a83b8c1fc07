package cymru.cylch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The official OCDS 1.1.5 release package and release schemas (JSON Schema draft 4, in
 * {@code src/test/resources/standards/ocds}), read from the class path: the canonical addresses the package
 * schema refers to the release schema by are mapped to the copies, and nothing is fetched from the network.
 */
final class OcdsSchemas {

    static final String CANONICAL = "https://standard.open-contracting.org/schema/1__1__5/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            registry -> registry.schemaLoader(loader -> loader
                    .fetchRemoteResources(false)
                    .schemaIdResolvers(ids -> ids.mapPrefix(CANONICAL, "classpath:standards/ocds/"))));

    private static final Schema RELEASE_PACKAGE =
            REGISTRY.getSchema(SchemaLocation.of(CANONICAL + "release-package-schema.json"));

    private OcdsSchemas() {
    }

    /** What is wrong with a release package, by the schemas; empty when it is valid. */
    static List<String> releasePackageErrors(String json) {
        return RELEASE_PACKAGE.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** A package served as it should be: 200, JSON, never cached, and valid by the schemas. */
    static void assertServedValid(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                v -> assertThat(v).contains("no-store"));
        assertThat(releasePackageErrors(response.body())).isEmpty();
    }
}
