package cymru.cylch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official OCDS 1.1.5 release package and release schemas (JSON Schema draft 4, in
 * {@code src/test/resources/standards/ocds}), read from the class path: the canonical addresses the package
 * schema refers to the release schema by are mapped to the copies, and nothing is fetched from the network.
 */
public final class OcdsSchemas {

    static final String CANONICAL = "https://standard.open-contracting.org/schema/1__1__5/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            registry -> registry.schemaLoader(loader -> loader
                    .fetchRemoteResources(false)
                    .schemaIdResolvers(ids -> ids.mapPrefix(CANONICAL, "classpath:standards/ocds/"))));

    private static final Schema RELEASE_PACKAGE =
            REGISTRY.getSchema(SchemaLocation.of(CANONICAL + "release-package-schema.json"));

    private static final String EXTENDED = "https://cylch.invalid/schema/release-schema-metrics-uk.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema EXTENDED_RELEASE = extendedRelease();

    private OcdsSchemas() {
    }

    /** What is wrong with a release package, by the schemas; empty when it is valid. */
    public static List<String> releasePackageErrors(String json) {
        return RELEASE_PACKAGE.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /**
     * What is wrong with a release package whose releases use the metrics and UK extensions: the package by the core
     * schemas, and each release by the release schema with both extensions' release schemas merged in (a JSON Merge
     * Patch each, RFC 7386, as OCDS applies extensions), so that the extensions' fields are checked too.
     */
    public static List<String> extendedReleasePackageErrors(String json) {
        List<String> errors = new ArrayList<>(releasePackageErrors(json));
        JsonNode releases = JSON.readTree(json).path("releases");
        for (int i = 0; i < releases.size(); i++) {
            int index = i;
            EXTENDED_RELEASE.validate(releases.get(i)).forEach(e -> errors.add("releases/" + index + ": " + e));
        }
        return errors;
    }

    /** The core release schema with the extensions merged in, under an address of its own (not the core's). */
    private static Schema extendedRelease() {
        ObjectNode merged = (ObjectNode) read("release-schema.json");
        mergePatch(merged, read("metrics-extension-release-schema.json"));
        mergePatch(merged, read("uk-extension-release-schema.json"));
        merged.put("id", EXTENDED);
        return REGISTRY.getSchema(SchemaLocation.of(EXTENDED), merged);
    }

    /** RFC 7386: objects merge member by member, null removes a member, anything else replaces it. */
    static void mergePatch(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            JsonNode value = member.getValue();
            if (value.isNull()) {
                target.remove(member.getKey());
            } else if (value.isObject() && target.get(member.getKey()) instanceof ObjectNode inner) {
                mergePatch(inner, value);
            } else {
                target.set(member.getKey(), value.deepCopy());
            }
        }
    }

    private static JsonNode read(String file) {
        try (InputStream in = OcdsSchemas.class.getResourceAsStream("/standards/ocds/" + file)) {
            return JSON.readTree(Objects.requireNonNull(in, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A package served as it should be: 200, JSON, never cached, and valid by the schemas. */
    public static void assertServedValid(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                v -> assertThat(v).contains("no-store"));
        assertThat(releasePackageErrors(response.body())).isEmpty();
    }
}
