package cymru.cylch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Cylch: outcomes-based commissioning of care and support. */
@SpringBootApplication
@Modulithic(systemName = "Cylch", sharedModules = "platform")
public class CylchApplication {

    public static void main(String[] args) {
        SpringApplication.run(CylchApplication.class, args);
    }
}
