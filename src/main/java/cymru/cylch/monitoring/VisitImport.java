package cymru.cylch.monitoring;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider's file of visits, as imported: whole ({@code IMPORTED}, with its rows and how many replaced visits sent
 * before) or not at all ({@code REFUSED}, with its count of problems), and the UK days its visits were planned for.
 */
public record VisitImport(UUID id, OrganisationId provider, String fileName, Channel channel, Status status, long rows,
                          long replaced, long problems, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
                          Instant importedAt) {

    /** How the file came: uploaded on the page, or through the API. */
    public enum Channel {
        UPLOAD, API
    }

    public enum Status {
        IMPORTED, REFUSED
    }
}
