package cymru.cylch.people.web;

import cymru.cylch.people.SubjectAccess;
import cymru.cylch.people.SubjectAccessExport;
import cymru.cylch.people.PrintedDocument;
import cymru.cylch.platform.documents.Downloads;
import cymru.cylch.platform.security.CylchUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Subject access exports of one person, for auditors: a download from the page, and the same through the API. */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "People")
class SubjectAccessEndpoints {

    private final SubjectAccess subjectAccess;

    SubjectAccessEndpoints(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping(value = "/people/{id}/subject-access.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubjectAccessExport> download(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        var export = subjectAccess.export(user, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("subject-access-" + export.reference() + ".json").build().toString())
                .body(export);
    }

    @GetMapping(value = "/people/{id}/subject-access.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        PrintedDocument printed = subjectAccess.print(user, id);
        return Downloads.attachment(printed.fileName(), MediaType.APPLICATION_PDF, printed.content());
    }

    @GetMapping("/api/v1/people/{id}/subject-access")
    @Operation(summary = "Everything held about one person, and every recorded access to their record (auditors)")
    SubjectAccessExport export(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        return subjectAccess.export(user, id);
    }
}
