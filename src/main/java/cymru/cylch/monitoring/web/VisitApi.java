package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.VisitImport;
import cymru.cylch.monitoring.VisitImportRejected;
import cymru.cylch.monitoring.VisitImports;
import cymru.cylch.monitoring.VisitProblem;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiWriteProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Call monitoring for providers' systems: a day's (or more) visits sent as the body of a request, in the same CSV as
 * the upload page takes, imported whole or refused with every problem; and the imports, for the provider and for the
 * councils whose agreements they touched.
 */
@RestController
@Tag(name = "Visits")
class VisitApi {

    private final VisitImports imports;

    VisitApi(VisitImports imports) {
        this.imports = imports;
    }

    record ImportView(UUID id, UUID provider, String fileName, String channel, String status, long rows,
                      long replaced, long problems, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
                      Instant importedAt) {

        static ImportView of(VisitImport i) {
            return new ImportView(i.id(), i.provider().value(), i.fileName(), i.channel().name(), i.status().name(),
                    i.rows(), i.replaced(), i.problems(), i.firstDay(), i.lastDay(), i.importedAt());
        }
    }

    @PostMapping(value = "/api/v1/visit-imports", consumes = "text/csv")
    @PreAuthorize(ReturnPages.SENDERS)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiWriteProblems
    @Operation(summary = "Import visits from call monitoring: a CSV body (UTF-8) with the columns agreement, visit, "
            + "planned_start, planned_minutes, actual_start, actual_end and cancelled_by (or their Welsh names), times "
            + "in UK local time. Imported whole or not at all: a refused file is one 422 problem naming each row at "
            + "fault. A visit reference sent before replaces the earlier visit. At most 256 MB; with an "
            + "Idempotency-Key header, at most 1 MB (send larger files without one: re-sending is safe)")
    ImportView send(@AuthenticationPrincipal CylchUser user,
                    @RequestParam(required = false, defaultValue = "visits.csv") String fileName,
                    HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > VisitImports.LARGEST_FILE) {
            throw tooLarge();
        }
        try (InputStream body = new Limited(request.getInputStream(), VisitImports.LARGEST_FILE)) {
            return ImportView.of(imports.importFile(user, fileName, VisitImport.Channel.API, body));
        }
    }

    @GetMapping("/api/v1/visit-imports")
    @PreAuthorize(ReturnPages.SENDERS + " or " + MeasurePages.READERS)
    @Operation(summary = "The latest 100 imports of visits, newest first: a provider's own, or, for a council, those "
            + "with visits of its agreements")
    List<ImportView> list(@AuthenticationPrincipal CylchUser user) {
        return imports.imports(user).stream().map(ImportView::of).toList();
    }

    private static VisitImportRejected tooLarge() {
        return new VisitImportRejected(List.of(new VisitProblem(0, "file", "visit.file.tooLarge",
                List.of(VisitImports.LARGEST_FILE / 1024 / 1024))), false);
    }

    /** The body, refused (as a file too large) once it passes the limit, whatever the request said its length was. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge();
            }
        }
    }
}
