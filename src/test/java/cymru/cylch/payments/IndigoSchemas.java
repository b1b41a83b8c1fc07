package cymru.cylch.payments;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The INDIGO data standard 4.1 project schema (JSON Schema draft-07, {@code src/test/resources/standards/indigo}),
 * as published and as a strict copy made from it here: the published schema requires nothing and allows any other
 * property, so a misspelt property would pass it; the strict copy forbids properties it does not name, on every
 * object. Nothing is fetched from the network.
 */
final class IndigoSchemas {

    private static final JsonNode PUBLISHED = read();
    private static final Schema PROJECT = registry().getSchema(PUBLISHED);
    private static final Schema STRICT = registry().getSchema(strict(PUBLISHED.deepCopy()));

    private IndigoSchemas() {
    }

    /** What is wrong with a project by the published schema; empty when it is valid. */
    static List<String> projectErrors(JsonNode project) {
        return PROJECT.validate(project).stream().map(Error::toString).toList();
    }

    /** What is wrong with a project by the strict copy: anything the schema does not name is an error too. */
    static List<String> strictErrors(JsonNode project) {
        return STRICT.validate(project).stream().map(Error::toString).toList();
    }

    /** The schema with {@code additionalProperties: false} beside every {@code properties}, however deep. */
    static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.get("properties") instanceof ObjectNode) {
                object.put("additionalProperties", false);
            }
            object.values().forEach(IndigoSchemas::strict);
        } else if (schema.isArray()) {
            schema.values().forEach(IndigoSchemas::strict);
        }
        return schema;
    }

    private static SchemaRegistry registry() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources(false)));
    }

    private static JsonNode read() {
        try (InputStream in = Objects.requireNonNull(IndigoSchemas.class.getResourceAsStream(
                "/standards/indigo/project.json"), "standards/indigo/project.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
