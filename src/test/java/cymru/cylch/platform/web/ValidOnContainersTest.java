package cymru.cylch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

/**
 * Cascaded validation goes on a list's elements ({@code List<@Valid Line>}), not the list: Hibernate Validator
 * has deprecated the second and says so in the log at every form post (HV000271).
 */
class ValidOnContainersTest {

    @Test
    void noFormPutsValidOnAContainer() throws Exception {
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        List<String> records = new ArrayList<>();
        List<String> onContainers = new ArrayList<>();
        for (Resource resource : resolver.getResources("classpath*:cymru/cylch/**/*.class")) {
            String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (!type.isRecord()) {
                continue;
            }
            records.add(name);
            for (RecordComponent component : type.getRecordComponents()) {
                boolean container = Collection.class.isAssignableFrom(component.getType())
                        || Map.class.isAssignableFrom(component.getType())
                        || Optional.class.isAssignableFrom(component.getType());
                if (container && component.getAccessor().getDeclaringClass().getDeclaredField(component.getName())
                        .isAnnotationPresent(Valid.class)) {
                    onContainers.add(name + "." + component.getName());
                }
            }
        }
        assertThat(records).as("records found to check").hasSizeGreaterThan(20);
        assertThat(onContainers).as("@Valid on a container rather than its elements").isEmpty();
    }
}
