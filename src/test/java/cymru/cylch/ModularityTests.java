package cymru.cylch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules talk only through each other's APIs; the module diagram in docs/modules is written from the code. */
class ModularityTests {

    private static final Path DIAGRAMS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(CylchApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramNamingEveryModule() throws IOException {
        // File times can be coarse: anything from a second before the start counts as written now.
        Instant start = Instant.now().minusSeconds(2);

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        String components = Files.readString(DIAGRAMS.resolve("components.puml"));
        assertThat(Files.getLastModifiedTime(DIAGRAMS.resolve("components.puml")).toInstant()).isAfter(start);
        assertThat(modules.stream()).hasSizeGreaterThanOrEqualTo(6);
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            assertThat(components).as(name).contains("\"" + module.getDisplayName() + "\"");
            for (String file : new String[] {"module-" + name + ".puml", "module-" + name + ".adoc"}) {
                Path written = DIAGRAMS.resolve(file);
                assertThat(written).as(file).exists();
                assertThat(Files.getLastModifiedTime(written).toInstant()).as(file).isAfter(start);
                assertThat(Files.size(written)).as(file).isPositive();
            }
        }
    }
}
